// finding: F3-teardown-in-diverging-arm
// seed: 1000275
// expect `drain` => s38 m3=21 t1 w2- t1. t39 t39. end
// expect `take 0 close` => close
// expect `take 0 cancel` => cancel
// expect `take 0 mid 1 close` => s38 m3=21 t1 gaveup w2- t1. t39 t39. close
// expect `take 0 mid 1 cancel` => s38 m3=21 t1 gaveup w2- t1. t39 t39. cancel
// expect `take 0 mid 2 close` => s38 m3=21 t1 gaveup w2- t1. t39 t39. close
// expect `take 0 mid 2 cancel` => s38 m3=21 t1 gaveup w2- t1. t39 t39. cancel
// expect `take 0 mid 3 close` => s38 m3=21 t1 w2- t1. t39 t39. end close
// expect `take 0 mid 3 cancel` => s38 m3=21 t1 w2- t1. t39 t39. end cancel
// expect `take 1 close` => s38 m3=21 t1 w2- t1. t39 t39. end close
// expect `take 1 cancel` => s38 m3=21 t1 w2- t1. t39 t39. end cancel
// expect `take 1 mid 1 close` => s38 m3=21 t1 w2- t1. t39 t39. end close
// expect `take 1 mid 1 cancel` => s38 m3=21 t1 w2- t1. t39 t39. end cancel
// expect `take 1 mid 2 close` => s38 m3=21 t1 w2- t1. t39 t39. end close
// expect `take 1 mid 2 cancel` => s38 m3=21 t1 w2- t1. t39 t39. end cancel
// expect `take 1 mid 3 close` => s38 m3=21 t1 w2- t1. t39 t39. end close
// expect `take 1 mid 3 cancel` => s38 m3=21 t1 w2- t1. t39 t39. end cancel
// expect `take 2 close` => s38 m3=21 t1 w2- t1. t39 t39. end close
// expect `take 2 cancel` => s38 m3=21 t1 w2- t1. t39 t39. end cancel
// expect `take 2 mid 1 close` => s38 m3=21 t1 w2- t1. t39 t39. end close
// expect `take 2 mid 1 cancel` => s38 m3=21 t1 w2- t1. t39 t39. end cancel
// expect `take 2 mid 2 close` => s38 m3=21 t1 w2- t1. t39 t39. end close
// expect `take 2 mid 2 cancel` => s38 m3=21 t1 w2- t1. t39 t39. end cancel
// expect `take 2 mid 3 close` => s38 m3=21 t1 w2- t1. t39 t39. end close
// expect `take 2 mid 3 cancel` => s38 m3=21 t1 w2- t1. t39 t39. end cancel
// expect `take 7 cancel` => s38 m3=21 t1 w2- t1. t39 t39. end cancel
// expect `take 6 mid 4 cancel` => s38 m3=21 t1 w2- t1. t39 t39. end cancel
// expect `take 4 mid 5 close` => s38 m3=21 t1 w2- t1. t39 t39. end close
// expect `take 7 mid 1 cancel` => s38 m3=21 t1 w2- t1. t39 t39. end cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t39");
        ctx.log("t39.");
    }
    teardown! {
        ctx.log("t1");
        W::new(&ctx, 2, 2).await;
        ctx.log("t1.");
    }
    let m3: u32 = match ctx.pick(3, 2, 3) {
        0 => {
            let b4: u32 = 'l4: {
                if ctx.ch(5, 0b1, 3) {
                    yield_!(6);
                    W::new(&ctx, 7, 3).await;
                    teardown! {
                        ctx.log("t8");
                        ctx.log("t8.");
                    }
                    W::new(&ctx, 9, 0).await;
                } else {
                    tokio::join!(W::new(&ctx, 10, 2), W::new(&ctx, 11, 3));
                }
                tokio::join!(async { W::new(&ctx, 12, 2).await; ctx.log("j12"); }, async { W::new(&ctx, 13, 1).await; ctx.log("j13"); }, async { W::new(&ctx, 14, 3).await; ctx.log("j14"); });
                tokio::select! {
                    _ = W::new(&ctx, 15, 0) => {
                        yield_!(16);
                        tokio::join!(W::new(&ctx, 17, 2), async { W::new(&ctx, 18, 3).await; ctx.log("j18"); });
                        W::new(&ctx, 19, 3).await;
                    }
                    _ = W::new(&ctx, 20, 2) => {
                        W::new(&ctx, 21, 2).await;
                        return;
                    }
                }
                44
            };
            ctx.log(format!("b4={b4}"));
            return;
        }
        1 => {
            let Some(v22) = ctx.opt(22, 0b110, 3) else {
                ctx.log("s23");
                return;
            };
            ctx.log(format!("L{v22}"));
            teardown! {
                ctx.log("t24");
                W::new(&ctx, 25, 2).await;
                ctx.log("t24.");
            }
            let m26: u32 = match ctx.pick(26, 0, 2) {
                0 => {
                    W::new(&ctx, 27, 1).await;
                    'l28: for _ in 0..0 {
                        tokio::join!(W::new(&ctx, 29, 0), async { W::new(&ctx, 30, 2).await; ctx.log("j30"); }, W::new(&ctx, 31, 3));
                    }
                    W::new(&ctx, 32, 3).await;
                    return;
                }
                _ => {
                    tokio::select! {
                        biased;
                        _ = W::new(&ctx, 33, 0), if ctx.ch(37, 0b10, 2) => {
                            ctx.log("s34");
                            return;
                        }
                        _ = W::new(&ctx, 35, 2) => {
                            ctx.log("s36");
                        }
                    }
                    return;
                }
            };
            ctx.log(format!("m26={m26}"));
            return;
        }
        _ => {
            ctx.log("s38");
            21
        }
    };
    ctx.log(format!("m3={m3}"));
}
