// finding: R3-cancel-in-select
// seed: 1000065
// expect `take 0 mid 1 cancel` => gaveup w1x w16x t19 w20- t19. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t19");
        W::new(&ctx, 20, 2).await;
        ctx.log("t19.");
    }
    tokio::select! {
        biased;
        _ = W::new(&ctx, 1, 1) => {
            let b2: u32 = 'l2: {
                W::new(&ctx, 3, 3).await;
                yield_!(Ok(4));
                let mut c5 = 0;
                let b5: u32 = 'l5: loop {
                    c5 += 1;
                    if c5 > 1 { break 29; }
                    ctx.log("s6");
                    ctx.log("s7");
                    yield_!(Err(8));
                    W::new(&ctx, 9, 2).await;
                };
                ctx.log(format!("b5={b5}"));
                38
            };
            ctx.log(format!("b2={b2}"));
            let Some(v10) = ctx.opt(10, 0b1, 1) else {
                tokio::join!(W::new(&ctx, 11, 2), W::new(&ctx, 12, 0));
                {
                    yield_!(Ok(14));
                    ctx.check(15, 0b1010, 4)?;
                }
                return;
            };
            ctx.log(format!("L{v10}"));
        }
        _ = W::new(&ctx, 16, 1) => {
            ctx.log("s17");
        }
        else => {
            ctx.log("s18");
        }
    }
}
