// finding: F3-teardown-in-diverging-arm
// seed: 1000085
// expect `drain` => t1 w2- t1. t28 w29- t28. item Err(4) end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => t1 gaveup w2- t1. t28 w29- t28. close=Err(4)
// expect `take 0 mid 1 cancel` => t1 gaveup w2- t1. t28 w29- t28. cancel=Err(4)
// expect `take 0 mid 2 close` => t1 gaveup w2- t1. t28 w29- t28. close=Err(4)
// expect `take 0 mid 2 cancel` => t1 gaveup w2- t1. t28 w29- t28. cancel=Err(4)
// expect `take 0 mid 3 close` => t1 w2- t1. t28 w29- t28. item Err(4) close=Ok
// expect `take 0 mid 3 cancel` => t1 w2- t1. t28 w29- t28. item Err(4) cancel=Ok
// expect `take 1 close` => t1 w2- t1. t28 w29- t28. item Err(4) close=Ok
// expect `take 1 cancel` => t1 w2- t1. t28 w29- t28. item Err(4) cancel=Ok
// expect `take 1 mid 1 close` => t1 w2- t1. t28 w29- t28. item Err(4) end close=Ok
// expect `take 1 mid 1 cancel` => t1 w2- t1. t28 w29- t28. item Err(4) end cancel=Ok
// expect `take 1 mid 2 close` => t1 w2- t1. t28 w29- t28. item Err(4) end close=Ok
// expect `take 1 mid 2 cancel` => t1 w2- t1. t28 w29- t28. item Err(4) end cancel=Ok
// expect `take 1 mid 3 close` => t1 w2- t1. t28 w29- t28. item Err(4) end close=Ok
// expect `take 1 mid 3 cancel` => t1 w2- t1. t28 w29- t28. item Err(4) end cancel=Ok
// expect `take 2 close` => t1 w2- t1. t28 w29- t28. item Err(4) end close=Ok
// expect `take 2 cancel` => t1 w2- t1. t28 w29- t28. item Err(4) end cancel=Ok
// expect `take 2 mid 1 close` => t1 w2- t1. t28 w29- t28. item Err(4) end close=Ok
// expect `take 2 mid 1 cancel` => t1 w2- t1. t28 w29- t28. item Err(4) end cancel=Ok
// expect `take 2 mid 2 close` => t1 w2- t1. t28 w29- t28. item Err(4) end close=Ok
// expect `take 2 mid 2 cancel` => t1 w2- t1. t28 w29- t28. item Err(4) end cancel=Ok
// expect `take 2 mid 3 close` => t1 w2- t1. t28 w29- t28. item Err(4) end close=Ok
// expect `take 2 mid 3 cancel` => t1 w2- t1. t28 w29- t28. item Err(4) end cancel=Ok
// expect `take 3 cancel` => t1 w2- t1. t28 w29- t28. item Err(4) end cancel=Ok
// expect `take 6 mid 3 close` => t1 w2- t1. t28 w29- t28. item Err(4) end close=Ok
// expect `take 7 mid 4 close` => t1 w2- t1. t28 w29- t28. item Err(4) end close=Ok
// expect `take 5 mid 6 cancel` => t1 w2- t1. t28 w29- t28. item Err(4) end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t28");
        W::new(&ctx, 29, 0).await;
        ctx.log("t28.");
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
                tokio::join!(W::new(&ctx, 10, 3), W::new(&ctx, 11, 0));
                ctx.check(12, 0b1, 2)?;
                ctx.check(13, 0b111, 3)?;
            }
            break 'l3 30;
        };
        ctx.log(format!("b5={b5}"));
        23
    };
    ctx.log(format!("b3={b3}"));
    let Some(v14) = ctx.opt(14, 0b0, 1) else {
        let m15: u32 = match ctx.pick(15, 0, 2) {
            0 => {
                yield_!(Ok(16));
                teardown! {
                    ctx.log("t17");
                    W::new(&ctx, 18, 2).await;
                    ctx.log("t17.");
                }
                yield_!(Ok(19));
                return;
            }
            _ => {
                let mut c20 = 0;
                let b20: u32 = 'l20: loop {
                    c20 += 1;
                    if c20 > 3 { break 13; }
                    W::new(&ctx, 21, 2).await;
                    yield_!(Err(22));
                    teardown! {
                        ctx.log("t23");
                        W::new(&ctx, 24, 2).await;
                        ctx.log("t23.");
                    }
                    ctx.log("s25");
                };
                ctx.log(format!("b20={b20}"));
                'l26: {
                    ctx.log("s27");
                    return;
                }
                9
            }
        };
        ctx.log(format!("m15={m15}"));
        return;
    };
    ctx.log(format!("L{v14}"));
}
