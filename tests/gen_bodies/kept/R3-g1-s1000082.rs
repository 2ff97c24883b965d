// finding: R3-cancel-in-select
// seed: 1000082
// expect `take 0 mid 1 cancel` => gaveup w1x w11x t16 t16. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t16");
        ctx.log("t16.");
    }
    tokio::select! {
        _ = W::new(&ctx, 1, 1), if ctx.ch(14, 0b11, 2) => {
            let Some(v2) = ctx.opt(2, 0b11, 4) else {
                yield_!(3);
                return;
            };
            ctx.log(format!("L{v2}"));
            tokio::select! {
                _ = W::new(&ctx, 4, 3) => {
                    let b5: u32 = 'l5: {
                        ctx.log("s6");
                        W::new(&ctx, 7, 0).await;
                        36
                    };
                    ctx.log(format!("b5={b5}"));
                }
                _ = W::new(&ctx, 8, 0) => {
                    ctx.log("s9");
                }
                else => {
                    ctx.log("s10");
                }
            }
        }
        _ = W::new(&ctx, 11, 0), if ctx.ch(12, 0b100, 3) => {
            ctx.log("s13");
        }
        else => {
            ctx.log("s15");
        }
    }
}
