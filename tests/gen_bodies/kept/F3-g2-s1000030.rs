// finding: F3-teardown-in-diverging-arm
// seed: 1000030
// expect `drain` => t31 w32- t31. end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => t31 gaveup w32- t31. close=Ok
// expect `take 0 mid 1 cancel` => t31 gaveup w32- t31. cancel=Ok
// expect `take 0 mid 2 close` => t31 w32- t31. end close=Ok
// expect `take 0 mid 2 cancel` => t31 w32- t31. end cancel=Ok
// expect `take 0 mid 3 close` => t31 w32- t31. end close=Ok
// expect `take 0 mid 3 cancel` => t31 w32- t31. end cancel=Ok
// expect `take 1 close` => t31 w32- t31. end close=Ok
// expect `take 1 cancel` => t31 w32- t31. end cancel=Ok
// expect `take 1 mid 1 close` => t31 w32- t31. end close=Ok
// expect `take 1 mid 1 cancel` => t31 w32- t31. end cancel=Ok
// expect `take 1 mid 2 close` => t31 w32- t31. end close=Ok
// expect `take 1 mid 2 cancel` => t31 w32- t31. end cancel=Ok
// expect `take 1 mid 3 close` => t31 w32- t31. end close=Ok
// expect `take 1 mid 3 cancel` => t31 w32- t31. end cancel=Ok
// expect `take 2 close` => t31 w32- t31. end close=Ok
// expect `take 2 cancel` => t31 w32- t31. end cancel=Ok
// expect `take 2 mid 1 close` => t31 w32- t31. end close=Ok
// expect `take 2 mid 1 cancel` => t31 w32- t31. end cancel=Ok
// expect `take 2 mid 2 close` => t31 w32- t31. end close=Ok
// expect `take 2 mid 2 cancel` => t31 w32- t31. end cancel=Ok
// expect `take 2 mid 3 close` => t31 w32- t31. end close=Ok
// expect `take 2 mid 3 cancel` => t31 w32- t31. end cancel=Ok
// expect `take 5 mid 5 cancel` => t31 w32- t31. end cancel=Ok
// expect `take 7 close` => t31 w32- t31. end close=Ok
// expect `take 8 close` => t31 w32- t31. end close=Ok
// expect `take 4 mid 4 cancel` => t31 w32- t31. end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t31");
        W::new(&ctx, 32, 1).await;
        ctx.log("t31.");
    }
    'l1: {
        'l2: {
            let Some(v3) = ctx.opt(3, 0b0, 1) else {
                ctx.check(4, 0b10, 4)?;
                break 'l1;
            };
            ctx.log(format!("L{v3}"));
            teardown! {
                ctx.log("t5");
                ctx.log("t5.");
            }
            teardown! {
                ctx.log("t6");
                W::new(&ctx, 7, 2).await;
                ctx.log("t6.");
            }
            ctx.log("s8");
        }
        tokio::select! {
            biased;
            _ = W::new(&ctx, 9, 1) => {
                let mut c10 = 0;
                let b10: u32 = loop {
                    c10 += 1;
                    if c10 > 2 { break 47; }
                    yield_!(Ok(11));
                    ctx.check(12, 0b0, 2)?;
                };
                ctx.log(format!("b10={b10}"));
            }
            _ = W::new(&ctx, 13, 2), if ctx.ch(14, 0b1, 1) => {
                yield_!(Ok(15));
            }
        }
        teardown! {
            ctx.log("t16");
            W::new(&ctx, 17, 2).await;
            ctx.log("t16.");
        }
        let m18: u32 = match ctx.pick(18, 1, 2) {
            0 => {
                'l19: {
                    tokio::try_join!(W::new(&ctx, 20, 2).fail(20), W::new(&ctx, 21, 3).ok())?;
                    W::new(&ctx, 22, 0).await;
                }
                teardown! {
                    ctx.log("t23");
                    W::new(&ctx, 24, 2).await;
                    ctx.log("t23.");
                }
                yield_!(Err(25));
                break 'l1;
            }
            _ => {
                yield_!(Err(26));
                'l27: {
                    tokio::try_join!(async { W::new(&ctx, 28, 3).await; ctx.log("j28"); Ok::<(), u32>(()) }, W::new(&ctx, 29, 2).ok(), async { W::new(&ctx, 30, 0).await; ctx.log("j30"); Err::<(), u32>(30) })?;
                }
                47
            }
        };
        ctx.log(format!("m18={m18}"));
    }
}
