// finding: F2-teardown-in-let-else
// seed: 1000070
// expect `drain` => item Ok(27) t26 t26. t28 w29- t28. end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => item Ok(27) t26 t26. t28 w29- t28. close=Ok
// expect `take 0 mid 1 cancel` => item Ok(27) t26 t26. t28 w29- t28. cancel=Ok
// expect `take 0 mid 2 close` => item Ok(27) t26 t26. t28 w29- t28. close=Ok
// expect `take 0 mid 2 cancel` => item Ok(27) t26 t26. t28 w29- t28. cancel=Ok
// expect `take 0 mid 3 close` => item Ok(27) t26 t26. t28 w29- t28. close=Ok
// expect `take 0 mid 3 cancel` => item Ok(27) t26 t26. t28 w29- t28. cancel=Ok
// expect `take 1 close` => item Ok(27) t26 t26. t28 w29- t28. close=Ok
// expect `take 1 cancel` => item Ok(27) t26 t26. t28 w29- t28. cancel=Ok
// expect `take 1 mid 1 close` => item Ok(27) t26 t26. t28 gaveup w29- t28. close=Ok
// expect `take 1 mid 1 cancel` => item Ok(27) t26 t26. t28 gaveup w29- t28. cancel=Ok
// expect `take 1 mid 2 close` => item Ok(27) t26 t26. t28 gaveup w29- t28. close=Ok
// expect `take 1 mid 2 cancel` => item Ok(27) t26 t26. t28 gaveup w29- t28. cancel=Ok
// expect `take 1 mid 3 close` => item Ok(27) t26 t26. t28 w29- t28. end close=Ok
// expect `take 1 mid 3 cancel` => item Ok(27) t26 t26. t28 w29- t28. end cancel=Ok
// expect `take 2 close` => item Ok(27) t26 t26. t28 w29- t28. end close=Ok
// expect `take 2 cancel` => item Ok(27) t26 t26. t28 w29- t28. end cancel=Ok
// expect `take 2 mid 1 close` => item Ok(27) t26 t26. t28 w29- t28. end close=Ok
// expect `take 2 mid 1 cancel` => item Ok(27) t26 t26. t28 w29- t28. end cancel=Ok
// expect `take 2 mid 2 close` => item Ok(27) t26 t26. t28 w29- t28. end close=Ok
// expect `take 2 mid 2 cancel` => item Ok(27) t26 t26. t28 w29- t28. end cancel=Ok
// expect `take 2 mid 3 close` => item Ok(27) t26 t26. t28 w29- t28. end close=Ok
// expect `take 2 mid 3 cancel` => item Ok(27) t26 t26. t28 w29- t28. end cancel=Ok
// expect `take 4 cancel` => item Ok(27) t26 t26. t28 w29- t28. end cancel=Ok
// expect `take 8 mid 3 cancel` => item Ok(27) t26 t26. t28 w29- t28. end cancel=Ok
// expect `take 7 cancel` => item Ok(27) t26 t26. t28 w29- t28. end cancel=Ok
// expect `take 5 mid 2 cancel` => item Ok(27) t26 t26. t28 w29- t28. end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t28");
        W::new(&ctx, 29, 2).await;
        ctx.log("t28.");
    }
    if ctx.ch(1, 0b110, 4) {
        let b2: u32 = 'l2: {
            teardown! {
                ctx.log("t3");
                ctx.log("t3.");
            }
            let mut c4 = 0;
            let b4: u32 = loop {
                c4 += 1;
                if c4 > 0 { break 3; }
                teardown! {
                    ctx.log("t5");
                    ctx.log("t5.");
                }
                teardown! {
                    ctx.log("t6");
                    W::new(&ctx, 7, 0).await;
                    ctx.log("t6.");
                }
                futures::join!(W::new(&ctx, 8, 1), async { W::new(&ctx, 9, 2).await; ctx.log("j9"); }, W::new(&ctx, 10, 0));
                yield_!(Ok(11));
            };
            ctx.log(format!("b4={b4}"));
            yield_!(Err(12));
            13
        };
        ctx.log(format!("b2={b2}"));
        let Some(v13) = ctx.opt(13, 0b1, 1) else {
            yield_!(Ok(14));
            yield_!(Ok(15));
            teardown! {
                ctx.log("t16");
                ctx.log("t16.");
            }
            ctx.log("s17");
            return;
        };
        ctx.log(format!("L{v13}"));
        tokio::join!(async { W::new(&ctx, 18, 0).await; ctx.log("j18"); }, W::new(&ctx, 19, 2));
        W::new(&ctx, 20, 3).await;
        return;
    } else {
        'l21: {
            if ctx.ch(22, 0b0, 1) {
                teardown! {
                    ctx.log("t23");
                    ctx.log("t23.");
                }
                teardown! {
                    ctx.log("t24");
                    ctx.log("t24.");
                }
                W::new(&ctx, 25, 1).await;
            } else {
                teardown! {
                    ctx.log("t26");
                    ctx.log("t26.");
                }
                yield_!(Ok(27));
            }
        }
    }
}
