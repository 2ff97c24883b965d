// finding: F3-teardown-in-diverging-arm
// seed: 1000030
// expect `drain` => t30 w31- t30. end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 drop` => drop
// expect `take 0 mid 1 close` => t30 gaveup w31- t30. close=Ok
// expect `take 0 mid 1 cancel` => t30 gaveup w31- t30. cancel=Ok
// expect `take 0 mid 1 drop` => t30 gaveup drop droppanic w31x
// expect `take 0 mid 2 close` => t30 w31- t30. end close=Ok
// expect `take 0 mid 2 cancel` => t30 w31- t30. end cancel=Ok
// expect `take 0 mid 2 drop` => t30 w31- t30. end drop
// expect `take 0 mid 3 close` => t30 w31- t30. end close=Ok
// expect `take 0 mid 3 cancel` => t30 w31- t30. end cancel=Ok
// expect `take 0 mid 3 drop` => t30 w31- t30. end drop
// expect `take 1 close` => t30 w31- t30. end close=Ok
// expect `take 1 cancel` => t30 w31- t30. end cancel=Ok
// expect `take 1 drop` => t30 w31- t30. end drop
// expect `take 1 mid 1 close` => t30 w31- t30. end close=Ok
// expect `take 1 mid 1 cancel` => t30 w31- t30. end cancel=Ok
// expect `take 1 mid 1 drop` => t30 w31- t30. end drop
// expect `take 1 mid 2 close` => t30 w31- t30. end close=Ok
// expect `take 1 mid 2 cancel` => t30 w31- t30. end cancel=Ok
// expect `take 1 mid 2 drop` => t30 w31- t30. end drop
// expect `take 1 mid 3 close` => t30 w31- t30. end close=Ok
// expect `take 1 mid 3 cancel` => t30 w31- t30. end cancel=Ok
// expect `take 1 mid 3 drop` => t30 w31- t30. end drop
// expect `take 2 close` => t30 w31- t30. end close=Ok
// expect `take 2 cancel` => t30 w31- t30. end cancel=Ok
// expect `take 2 drop` => t30 w31- t30. end drop
// expect `take 2 mid 1 close` => t30 w31- t30. end close=Ok
// expect `take 2 mid 1 cancel` => t30 w31- t30. end cancel=Ok
// expect `take 2 mid 1 drop` => t30 w31- t30. end drop
// expect `take 2 mid 2 close` => t30 w31- t30. end close=Ok
// expect `take 2 mid 2 cancel` => t30 w31- t30. end cancel=Ok
// expect `take 2 mid 2 drop` => t30 w31- t30. end drop
// expect `take 2 mid 3 close` => t30 w31- t30. end close=Ok
// expect `take 2 mid 3 cancel` => t30 w31- t30. end cancel=Ok
// expect `take 2 mid 3 drop` => t30 w31- t30. end drop
// expect `take 5 mid 5 cancel` => t30 w31- t30. end cancel=Ok
// expect `take 7 close` => t30 w31- t30. end close=Ok
// expect `take 8 close` => t30 w31- t30. end close=Ok
// expect `take 4 mid 4 cancel` => t30 w31- t30. end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t30");
        W::new(&ctx, 31, 1).await;
        ctx.log("t30.");
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
        yield_!(Ok(16));
        let m17: u32 = match ctx.pick(17, 1, 2) {
            0 => {
                'l18: {
                    tokio::try_join!(W::new(&ctx, 19, 2).fail(19), W::new(&ctx, 20, 3).ok())?;
                    W::new(&ctx, 21, 0).await;
                }
                teardown! {
                    ctx.log("t22");
                    W::new(&ctx, 23, 2).await;
                    ctx.log("t22.");
                }
                yield_!(Err(24));
                break 'l1;
            }
            _ => {
                yield_!(Err(25));
                'l26: {
                    tokio::try_join!(async { W::new(&ctx, 27, 3).await; ctx.log("j27"); Ok::<(), u32>(()) }, W::new(&ctx, 28, 2).ok(), async { W::new(&ctx, 29, 0).await; ctx.log("j29"); Err::<(), u32>(29) })?;
                }
                47
            }
        };
        ctx.log(format!("m17={m17}"));
    }
}
