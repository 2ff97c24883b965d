// finding: R1-cancel-in-teardown-goes-on
// seed: 1000220
// expect `take 1 mid 1 cancel` => s17 item 5 t3 gaveup w4- t3. t18 w19- t18. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t18");
        W::new(&ctx, 19, 0).await;
        ctx.log("t18.");
    }
    for _ in 0..2 {
        let m2: u32 = match ctx.pick(2, 2, 3) {
            0 => {
                teardown! {
                    ctx.log("t3");
                    W::new(&ctx, 4, 1).await;
                    ctx.log("t3.");
                }
                yield_!(5);
                7
            }
            1 => {
                yield_!(6);
                yield_!(7);
                futures::join!(W::new(&ctx, 8, 1), async { W::new(&ctx, 9, 0).await; ctx.log("j9"); }, W::new(&ctx, 10, 2));
                if ctx.ch(11, 0b111, 4) {
                    W::new(&ctx, 12, 1).await;
                    W::new(&ctx, 13, 0).await;
                } else {
                    W::new(&ctx, 14, 0).await;
                    yield_!(15);
                    W::new(&ctx, 16, 3).await;
                }
                16
            }
            _ => {
                ctx.log("s17");
                continue;
            }
        };
        ctx.log(format!("m2={m2}"));
    }
}
