// finding: R3-cancel-in-select
// seed: 1000290
// expect `take 1 mid 2 cancel` => item 1 gaveup w2x w12x t14 t14. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t14");
        ctx.log("t14.");
    }
    yield_!(1);
    tokio::select! {
        biased;
        _ = W::new(&ctx, 2, 2) => {
            match ctx.pick(3, 1, 2) {
                0 => {
                    let mut c4 = 0;
                    let b4: u32 = 'l4: loop {
                        c4 += 1;
                        if c4 > 3 { break 35; }
                        tokio::join!(async { W::new(&ctx, 5, 1).await; ctx.log("j5"); }, W::new(&ctx, 6, 2));
                        W::new(&ctx, 7, 0).await;
                        yield_!(8);
                    };
                    ctx.log(format!("b4={b4}"));
                    let mut c9 = 0;
                    loop {
                        c9 += 1;
                        if c9 > 1 { break; }
                        ctx.log("s10");
                    }
                }
                _ => {
                    ctx.log("s11");
                }
            }
        }
        _ = W::new(&ctx, 12, 2) => {
            ctx.log("s13");
        }
    }
}
