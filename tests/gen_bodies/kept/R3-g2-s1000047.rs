// finding: R3-cancel-in-select
// seed: 1000047
// expect `take 0 mid 1 cancel` => s4 t3 t3. gaveup w5x w9x w11x t15 w16- t15. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t15");
        W::new(&ctx, 16, 2).await;
        ctx.log("t15.");
    }
    if ctx.ch(1, 0b1, 3) {
        'l2: {
            teardown! {
                ctx.log("t3");
                ctx.log("t3.");
            }
            ctx.log("s4");
        }
        tokio::select! {
            _ = W::new(&ctx, 5, 2), if ctx.ch(13, 0b1, 1) => {
                W::new(&ctx, 6, 1).await;
                let Some(v7) = ctx.opt(7, 0b1001, 4) else {
                    ctx.log("s8");
                    return;
                };
                ctx.log(format!("L{v7}"));
            }
            _ = W::new(&ctx, 9, 1) => {
                ctx.log("s10");
            }
            _ = W::new(&ctx, 11, 3) => {
                ctx.log("s12");
            }
        }
    } else {
        ctx.log("s14");
    }
}
