// finding: R3-cancel-in-select
// seed: 1000214
// expect `take 0 mid 2 cancel` => gaveup w1x w11x w13x t17 t17. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t17");
        ctx.log("t17.");
    }
    tokio::select! {
        _ = W::new(&ctx, 1, 1), if ctx.ch(16, 0b0, 4) => {
            let mut c2 = 0;
            let b2: u32 = 'l2: loop {
                c2 += 1;
                if c2 > 1 { break 43; }
                let Some(v3) = ctx.opt(3, 0b11, 2) else {
                    W::new(&ctx, 4, 0).await;
                    W::new(&ctx, 5, 0).await;
                    return;
                };
                ctx.log(format!("L{v3}"));
                {
                    yield_!(7);
                    yield_!(8);
                    yield_!(9);
                    ctx.log("s10");
                }
            };
            ctx.log(format!("b2={b2}"));
        }
        _ = W::new(&ctx, 11, 2) => {
            ctx.log("s12");
        }
        _ = W::new(&ctx, 13, 3), if ctx.ch(14, 0b0, 1) => {
            ctx.log("s15");
        }
    }
    return;
}
