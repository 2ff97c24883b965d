// finding: R3-cancel-in-select
// seed: 1000177
// expect `take 0 mid 1 cancel` => gaveup w2x w4x w12x t17 t17. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t17");
        ctx.log("t17.");
    }
    'l1: for _ in 0..2 {
        tokio::select! {
            _ = W::new(&ctx, 2, 2), if ctx.ch(15, 0b1, 3) => {
                ctx.check(3, 0b10, 2)?;
            }
            _ = W::new(&ctx, 4, 0), if ctx.ch(5, 0b0, 2) => {
                ctx.log("s6");
                let Some(v7) = ctx.opt(7, 0b1000, 4) else {
                    yield_!(Ok(8));
                    tokio::join!(async { W::new(&ctx, 9, 0).await; ctx.log("j9"); }, async { W::new(&ctx, 10, 1).await; ctx.log("j10"); }, async { W::new(&ctx, 11, 3).await; ctx.log("j11"); });
                    return;
                };
                ctx.log(format!("L{v7}"));
            }
            _ = W::new(&ctx, 12, 1), if ctx.ch(13, 0b101, 3) => {
                ctx.log("s14");
            }
            else => {
                ctx.log("s16");
            }
        }
    }
}
