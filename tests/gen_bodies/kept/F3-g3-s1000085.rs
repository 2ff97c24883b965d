// finding: F3-teardown-in-diverging-arm
// seed: 1000085
// expect `drain` => t1 w2- t1. t30 w31- t30. item Err(4) end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 drop` => drop
// expect `take 0 mid 1 close` => t1 gaveup w2- t1. t30 w31- t30. close=Err(4)
// expect `take 0 mid 1 cancel` => t1 gaveup w2- t1. t30 w31- t30. cancel=Err(4)
// expect `take 0 mid 1 drop` => t1 gaveup drop droppanic w2x
// expect `take 0 mid 2 close` => t1 gaveup w2- t1. t30 w31- t30. close=Err(4)
// expect `take 0 mid 2 cancel` => t1 gaveup w2- t1. t30 w31- t30. cancel=Err(4)
// expect `take 0 mid 2 drop` => t1 gaveup drop droppanic w2x
// expect `take 0 mid 3 close` => t1 w2- t1. t30 w31- t30. item Err(4) close=Ok
// expect `take 0 mid 3 cancel` => t1 w2- t1. t30 w31- t30. item Err(4) cancel=Ok
// expect `take 0 mid 3 drop` => t1 w2- t1. t30 w31- t30. item Err(4) drop
// expect `take 1 close` => t1 w2- t1. t30 w31- t30. item Err(4) close=Ok
// expect `take 1 cancel` => t1 w2- t1. t30 w31- t30. item Err(4) cancel=Ok
// expect `take 1 drop` => t1 w2- t1. t30 w31- t30. item Err(4) drop
// expect `take 1 mid 1 close` => t1 w2- t1. t30 w31- t30. item Err(4) end close=Ok
// expect `take 1 mid 1 cancel` => t1 w2- t1. t30 w31- t30. item Err(4) end cancel=Ok
// expect `take 1 mid 1 drop` => t1 w2- t1. t30 w31- t30. item Err(4) end drop
// expect `take 1 mid 2 close` => t1 w2- t1. t30 w31- t30. item Err(4) end close=Ok
// expect `take 1 mid 2 cancel` => t1 w2- t1. t30 w31- t30. item Err(4) end cancel=Ok
// expect `take 1 mid 2 drop` => t1 w2- t1. t30 w31- t30. item Err(4) end drop
// expect `take 1 mid 3 close` => t1 w2- t1. t30 w31- t30. item Err(4) end close=Ok
// expect `take 1 mid 3 cancel` => t1 w2- t1. t30 w31- t30. item Err(4) end cancel=Ok
// expect `take 1 mid 3 drop` => t1 w2- t1. t30 w31- t30. item Err(4) end drop
// expect `take 2 close` => t1 w2- t1. t30 w31- t30. item Err(4) end close=Ok
// expect `take 2 cancel` => t1 w2- t1. t30 w31- t30. item Err(4) end cancel=Ok
// expect `take 2 drop` => t1 w2- t1. t30 w31- t30. item Err(4) end drop
// expect `take 2 mid 1 close` => t1 w2- t1. t30 w31- t30. item Err(4) end close=Ok
// expect `take 2 mid 1 cancel` => t1 w2- t1. t30 w31- t30. item Err(4) end cancel=Ok
// expect `take 2 mid 1 drop` => t1 w2- t1. t30 w31- t30. item Err(4) end drop
// expect `take 2 mid 2 close` => t1 w2- t1. t30 w31- t30. item Err(4) end close=Ok
// expect `take 2 mid 2 cancel` => t1 w2- t1. t30 w31- t30. item Err(4) end cancel=Ok
// expect `take 2 mid 2 drop` => t1 w2- t1. t30 w31- t30. item Err(4) end drop
// expect `take 2 mid 3 close` => t1 w2- t1. t30 w31- t30. item Err(4) end close=Ok
// expect `take 2 mid 3 cancel` => t1 w2- t1. t30 w31- t30. item Err(4) end cancel=Ok
// expect `take 2 mid 3 drop` => t1 w2- t1. t30 w31- t30. item Err(4) end drop
// expect `take 3 cancel` => t1 w2- t1. t30 w31- t30. item Err(4) end cancel=Ok
// expect `take 6 mid 3 close` => t1 w2- t1. t30 w31- t30. item Err(4) end close=Ok
// expect `take 7 mid 4 close` => t1 w2- t1. t30 w31- t30. item Err(4) end close=Ok
// expect `take 5 mid 6 cancel` => t1 w2- t1. t30 w31- t30. item Err(4) end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t30");
        W::new(&ctx, 31, 0).await;
        ctx.log("t30.");
    }
    teardown! {
        ctx.log("t1");
        W::new(&ctx, 2, 2).await;
        ctx.log("t1.");
    }
    let b3: u32 = 'l3: {
        ctx.check(4, 0b101, 4)?;
        let mut c5 = 0;
        let b5: u32 = loop {
            c5 += 1;
            if c5 > 3 { break 19; }
            if ctx.ch(6, 0b0, 2) {
                teardown! {
                    ctx.log("t7");
                    W::new(&ctx, 8, 2).await;
                    ctx.log("t7.");
                }
                ctx.log("s9");
            } else {
                tokio::try_join!(W::new(&ctx, 10, 0).ok(), async { W::new(&ctx, 11, 1).await; ctx.log("j11"); Ok::<(), u32>(()) }, W::new(&ctx, 12, 3).ok())?;
                W::new(&ctx, 13, 3).await;
                teardown! {
                    ctx.log("t14");
                    ctx.log("t14.");
                }
                ctx.log("s15");
            }
        };
        ctx.log(format!("b5={b5}"));
        23
    };
    ctx.log(format!("b3={b3}"));
    let Some(v16) = ctx.opt(16, 0b0, 1) else {
        let m17: u32 = match ctx.pick(17, 0, 2) {
            0 => {
                yield_!(Ok(18));
                teardown! {
                    ctx.log("t19");
                    W::new(&ctx, 20, 2).await;
                    ctx.log("t19.");
                }
                yield_!(Ok(21));
                return;
            }
            _ => {
                let mut c22 = 0;
                let b22: u32 = 'l22: loop {
                    c22 += 1;
                    if c22 > 3 { break 13; }
                    W::new(&ctx, 23, 2).await;
                    yield_!(Err(24));
                    teardown! {
                        ctx.log("t25");
                        W::new(&ctx, 26, 2).await;
                        ctx.log("t25.");
                    }
                    ctx.log("s27");
                };
                ctx.log(format!("b22={b22}"));
                'l28: {
                    ctx.log("s29");
                    return;
                }
                9
            }
        };
        ctx.log(format!("m17={m17}"));
        return;
    };
    ctx.log(format!("L{v16}"));
}
