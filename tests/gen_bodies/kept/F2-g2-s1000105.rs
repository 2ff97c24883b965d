// finding: F2-teardown-in-let-else
// seed: 1000105
// expect `drain` => s2 w4- w6x w10- w11- j11 w9- j9 s14 t12 w13- t12. t39 t39. end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => s2 w4- w6x w10- gaveup w11- j11 w9- j9 s14 t12 w13- t12. t39 t39. close=Ok
// expect `take 0 mid 1 cancel` => s2 w4- w6x w10- gaveup w9x w11x t39 t39. cancel=Ok
// expect `take 0 mid 2 close` => s2 w4- w6x w10- gaveup w11- j11 w9- j9 s14 t12 w13- t12. t39 t39. close=Ok
// expect `take 0 mid 2 cancel` => s2 w4- w6x w10- gaveup w9x w11x t39 t39. cancel=Ok
// expect `take 0 mid 3 close` => s2 w4- w6x w10- w11- j11 gaveup w9- j9 s14 t12 w13- t12. t39 t39. close=Ok
// expect `take 0 mid 3 cancel` => s2 w4- w6x w10- w11- j11 gaveup w9x t39 t39. cancel=Ok
// expect `take 1 close` => s2 w4- w6x w10- w11- j11 w9- j9 s14 t12 w13- t12. t39 t39. end close=Ok
// expect `take 1 cancel` => s2 w4- w6x w10- w11- j11 w9- j9 s14 t12 w13- t12. t39 t39. end cancel=Ok
// expect `take 1 mid 1 close` => s2 w4- w6x w10- w11- j11 w9- j9 s14 t12 w13- t12. t39 t39. end close=Ok
// expect `take 1 mid 1 cancel` => s2 w4- w6x w10- w11- j11 w9- j9 s14 t12 w13- t12. t39 t39. end cancel=Ok
// expect `take 1 mid 2 close` => s2 w4- w6x w10- w11- j11 w9- j9 s14 t12 w13- t12. t39 t39. end close=Ok
// expect `take 1 mid 2 cancel` => s2 w4- w6x w10- w11- j11 w9- j9 s14 t12 w13- t12. t39 t39. end cancel=Ok
// expect `take 1 mid 3 close` => s2 w4- w6x w10- w11- j11 w9- j9 s14 t12 w13- t12. t39 t39. end close=Ok
// expect `take 1 mid 3 cancel` => s2 w4- w6x w10- w11- j11 w9- j9 s14 t12 w13- t12. t39 t39. end cancel=Ok
// expect `take 2 close` => s2 w4- w6x w10- w11- j11 w9- j9 s14 t12 w13- t12. t39 t39. end close=Ok
// expect `take 2 cancel` => s2 w4- w6x w10- w11- j11 w9- j9 s14 t12 w13- t12. t39 t39. end cancel=Ok
// expect `take 2 mid 1 close` => s2 w4- w6x w10- w11- j11 w9- j9 s14 t12 w13- t12. t39 t39. end close=Ok
// expect `take 2 mid 1 cancel` => s2 w4- w6x w10- w11- j11 w9- j9 s14 t12 w13- t12. t39 t39. end cancel=Ok
// expect `take 2 mid 2 close` => s2 w4- w6x w10- w11- j11 w9- j9 s14 t12 w13- t12. t39 t39. end close=Ok
// expect `take 2 mid 2 cancel` => s2 w4- w6x w10- w11- j11 w9- j9 s14 t12 w13- t12. t39 t39. end cancel=Ok
// expect `take 2 mid 3 close` => s2 w4- w6x w10- w11- j11 w9- j9 s14 t12 w13- t12. t39 t39. end close=Ok
// expect `take 2 mid 3 cancel` => s2 w4- w6x w10- w11- j11 w9- j9 s14 t12 w13- t12. t39 t39. end cancel=Ok
// expect `take 3 mid 1 close` => s2 w4- w6x w10- w11- j11 w9- j9 s14 t12 w13- t12. t39 t39. end close=Ok
// expect `take 3 mid 3 cancel` => s2 w4- w6x w10- w11- j11 w9- j9 s14 t12 w13- t12. t39 t39. end cancel=Ok
// expect `take 5 mid 6 cancel` => s2 w4- w6x w10- w11- j11 w9- j9 s14 t12 w13- t12. t39 t39. end cancel=Ok
// expect `take 6 mid 4 close` => s2 w4- w6x w10- w11- j11 w9- j9 s14 t12 w13- t12. t39 t39. end close=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t39");
        ctx.log("t39.");
    }
    let Some(v1) = ctx.opt(1, 0b100, 4) else {
        ctx.log("s2");
        let Some(v3) = ctx.opt(3, 0b0, 1) else {
            futures::select_biased! {
                _ = W::new(&ctx, 4, 0).fuse() => {
                    ctx.check(5, 0b100, 4)?;
                }
                _ = W::new(&ctx, 6, 2).fuse() => {
                    futures::join!(W::new(&ctx, 7, 0), W::new(&ctx, 8, 3));
                    return;
                }
            }
            tokio::try_join!(async { W::new(&ctx, 9, 3).await; ctx.log("j9"); Ok::<(), u32>(()) }, W::new(&ctx, 10, 0).ok(), async { W::new(&ctx, 11, 2).await; ctx.log("j11"); Ok::<(), u32>(()) })?;
            teardown! {
                ctx.log("t12");
                W::new(&ctx, 13, 1).await;
                ctx.log("t12.");
            }
            ctx.log("s14");
            return;
        };
        ctx.log(format!("L{v3}"));
        ctx.log("s15");
        W::new(&ctx, 16, 2).await;
        return;
    };
    ctx.log(format!("L{v1}"));
    yield_!(Err(17));
    let m18: u32 = match ctx.pick(18, 0, 2) {
        0 => {
            W::new(&ctx, 19, 2).await;
            let Some(v20) = ctx.opt(20, 0b101, 3) else {
                ctx.check(21, 0b1, 1)?;
                return;
            };
            ctx.log(format!("L{v20}"));
            W::new(&ctx, 22, 2).await;
            let m23: u32 = match ctx.pick(23, 1, 3) {
                0 => {
                    ctx.log("s24");
                    teardown! {
                        ctx.log("t25");
                        ctx.log("t25.");
                    }
                    tokio::select! {
                        _ = W::new(&ctx, 26, 2) => {
                            ctx.check(27, 0b110, 3)?;
                            ctx.log("s28");
                        }
                        _ = W::new(&ctx, 29, 0) => {
                            yield_!(Ok(30));
                            ctx.log("s31");
                        }
                        _ = W::new(&ctx, 32, 1) => {
                            ctx.log("s33");
                        }
                        else => {
                            ctx.log("s34");
                        }
                    }
                    24
                }
                1 => {
                    ctx.log("s35");
                    return;
                    ctx.log("s36");
                    16
                }
                _ => {
                    ctx.log("s37");
                    28
                }
            };
            ctx.log(format!("m23={m23}"));
            return;
        }
        _ => {
            ctx.log("s38");
            20
        }
    };
    ctx.log(format!("m18={m18}"));
}
