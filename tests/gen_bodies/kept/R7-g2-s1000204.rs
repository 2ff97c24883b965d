// finding: R7-cancel-in-try-join
// seed: 1000204
// expect `take 1 mid 1 cancel` => item 1 gaveup w2x w3x w4x t18 w19- t18. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t18");
        W::new(&ctx, 19, 1).await;
        ctx.log("t18.");
    }
    yield_!(1);
    let _ = tokio::try_join!(W::new(&ctx, 2, 2).ok(), W::new(&ctx, 3, 3).ok(), W::new(&ctx, 4, 1).fail(4));
    'l5: for _ in 0..0 {
        if ctx.ch(6, 0b10, 2) {
            ctx.log("s7");
        } else {
            match ctx.pick(8, 1, 2) {
                0 => {
                    teardown! {
                        ctx.log("t9");
                        W::new(&ctx, 10, 1).await;
                        ctx.log("t9.");
                    }
                    ctx.log("s11");
                }
                _ => {
                    W::new(&ctx, 12, 3).await;
                }
            }
            let mut c13 = 0;
            let b13: u32 = 'l13: loop {
                c13 += 1;
                if c13 > 0 { break 35; }
                futures::join!(W::new(&ctx, 14, 0), async { W::new(&ctx, 15, 1).await; ctx.log("j15"); });
                W::new(&ctx, 16, 3).await;
                yield_!(17);
            };
            ctx.log(format!("b13={b13}"));
        }
    }
}
