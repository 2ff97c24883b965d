// finding: F1-return-in-select-try-mode
// seed: 1000260
// expect `drain` => w1- w23x w13- s14 w16- item Err(17) end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => gaveup w1- w23x w13- s14 w16- close=Err(17)
// expect `take 0 mid 1 cancel` => gaveup w1x w23x cancel=Ok
// expect `take 0 mid 2 close` => w1- w23x gaveup w13- s14 w16- close=Err(17)
// expect `take 0 mid 2 cancel` => w1- w23x gaveup w13x cancel=Ok
// expect `take 0 mid 3 close` => w1- w23x gaveup w13- s14 w16- close=Err(17)
// expect `take 0 mid 3 cancel` => w1- w23x gaveup w13x cancel=Ok
// expect `take 1 close` => w1- w23x w13- s14 w16- item Err(17) close=Ok
// expect `take 1 cancel` => w1- w23x w13- s14 w16- item Err(17) cancel=Ok
// expect `take 1 mid 1 close` => w1- w23x w13- s14 w16- item Err(17) end close=Ok
// expect `take 1 mid 1 cancel` => w1- w23x w13- s14 w16- item Err(17) end cancel=Ok
// expect `take 1 mid 2 close` => w1- w23x w13- s14 w16- item Err(17) end close=Ok
// expect `take 1 mid 2 cancel` => w1- w23x w13- s14 w16- item Err(17) end cancel=Ok
// expect `take 1 mid 3 close` => w1- w23x w13- s14 w16- item Err(17) end close=Ok
// expect `take 1 mid 3 cancel` => w1- w23x w13- s14 w16- item Err(17) end cancel=Ok
// expect `take 2 close` => w1- w23x w13- s14 w16- item Err(17) end close=Ok
// expect `take 2 cancel` => w1- w23x w13- s14 w16- item Err(17) end cancel=Ok
// expect `take 2 mid 1 close` => w1- w23x w13- s14 w16- item Err(17) end close=Ok
// expect `take 2 mid 1 cancel` => w1- w23x w13- s14 w16- item Err(17) end cancel=Ok
// expect `take 2 mid 2 close` => w1- w23x w13- s14 w16- item Err(17) end close=Ok
// expect `take 2 mid 2 cancel` => w1- w23x w13- s14 w16- item Err(17) end cancel=Ok
// expect `take 2 mid 3 close` => w1- w23x w13- s14 w16- item Err(17) end close=Ok
// expect `take 2 mid 3 cancel` => w1- w23x w13- s14 w16- item Err(17) end cancel=Ok
// expect `take 4 close` => w1- w23x w13- s14 w16- item Err(17) end close=Ok
// expect `take 6 mid 1 cancel` => w1- w23x w13- s14 w16- item Err(17) end cancel=Ok
// expect `take 6 close` => w1- w23x w13- s14 w16- item Err(17) end close=Ok
// expect `take 8 mid 2 close` => w1- w23x w13- s14 w16- item Err(17) end close=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    tokio::select! {
        biased;
        _ = W::new(&ctx, 1, 1) => {
            match ctx.pick(2, 1, 3) {
                0 => {
                    let b3: u32 = 'l3: {
                        ctx.log("s4");
                        break 'l3 45;
                        0
                    };
                    ctx.log(format!("b3={b3}"));
                    return;
                }
                1 => {
                    match ctx.pick(5, 2, 3) {
                        0 => {
                            ctx.log("s6");
                        }
                        1 => {
                            yield_!(Ok(7));
                            yield_!(Ok(8));
                            tokio::join!(W::new(&ctx, 9, 0), W::new(&ctx, 10, 3), W::new(&ctx, 11, 1));
                            ctx.log("s12");
                        }
                        _ => {
                            W::new(&ctx, 13, 2).await;
                            ctx.log("s14");
                        }
                    }
                    for _ in 0..2 {
                        W::new(&ctx, 16, 0).await;
                        ctx.check(17, 0b11, 4)?;
                        yield_!(Ok(18));
                    }
                    yield_!(Ok(19));
                    let mut c20 = 0;
                    while c20 < 3 {
                        c20 += 1;
                        ctx.check(21, 0b110, 3)?;
                    }
                }
                _ => {
                    ctx.log("s22");
                }
            }
        }
        _ = W::new(&ctx, 23, 1) => {
            ctx.log("s24");
        }
        else => {
            ctx.log("s25");
        }
    }
}
