// finding: R3-cancel-in-select
// seed: 1000040
// expect `take 1 mid 1 cancel` => item 1 gaveup w2x w12x t14 t14. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t14");
        ctx.log("t14.");
    }
    yield_!(1);
    tokio::select! {
        _ = W::new(&ctx, 2, 1) => {
            let m3: u32 = match ctx.pick(3, 1, 2) {
                0 => {
                    let Some(v4) = ctx.opt(4, 0b11, 4) else {
                        tokio::join!(W::new(&ctx, 5, 3), W::new(&ctx, 6, 1));
                        yield_!(7);
                        return;
                    };
                    ctx.log(format!("L{v4}"));
                    'l8: for _ in 0..2 {
                        yield_!(9);
                    }
                    return;
                }
                _ => {
                    ctx.log("s10");
                    return;
                    ctx.log("s11");
                    44
                }
            };
            ctx.log(format!("m3={m3}"));
        }
        _ = W::new(&ctx, 12, 3) => {
            ctx.log("s13");
        }
    }
}
