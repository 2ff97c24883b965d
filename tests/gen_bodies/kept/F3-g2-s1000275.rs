// finding: F3-teardown-in-diverging-arm
// seed: 1000275
// expect `drain` => s38 t1 w2- t1. t39 w40- t39. end
// expect `take 0 close` => close
// expect `take 0 cancel` => cancel
// expect `take 0 mid 1 close` => s38 t1 gaveup w2- t1. t39 w40- t39. close
// expect `take 0 mid 1 cancel` => s38 t1 gaveup w2- t1. t39 w40- t39. cancel
// expect `take 0 mid 2 close` => s38 t1 gaveup w2- t1. t39 w40- t39. close
// expect `take 0 mid 2 cancel` => s38 t1 gaveup w2- t1. t39 w40- t39. cancel
// expect `take 0 mid 3 close` => s38 t1 w2- t1. t39 gaveup w40- t39. close
// expect `take 0 mid 3 cancel` => s38 t1 w2- t1. t39 gaveup w40- t39. cancel
// expect `take 1 close` => s38 t1 w2- t1. t39 w40- t39. end close
// expect `take 1 cancel` => s38 t1 w2- t1. t39 w40- t39. end cancel
// expect `take 1 mid 1 close` => s38 t1 w2- t1. t39 w40- t39. end close
// expect `take 1 mid 1 cancel` => s38 t1 w2- t1. t39 w40- t39. end cancel
// expect `take 1 mid 2 close` => s38 t1 w2- t1. t39 w40- t39. end close
// expect `take 1 mid 2 cancel` => s38 t1 w2- t1. t39 w40- t39. end cancel
// expect `take 1 mid 3 close` => s38 t1 w2- t1. t39 w40- t39. end close
// expect `take 1 mid 3 cancel` => s38 t1 w2- t1. t39 w40- t39. end cancel
// expect `take 2 close` => s38 t1 w2- t1. t39 w40- t39. end close
// expect `take 2 cancel` => s38 t1 w2- t1. t39 w40- t39. end cancel
// expect `take 2 mid 1 close` => s38 t1 w2- t1. t39 w40- t39. end close
// expect `take 2 mid 1 cancel` => s38 t1 w2- t1. t39 w40- t39. end cancel
// expect `take 2 mid 2 close` => s38 t1 w2- t1. t39 w40- t39. end close
// expect `take 2 mid 2 cancel` => s38 t1 w2- t1. t39 w40- t39. end cancel
// expect `take 2 mid 3 close` => s38 t1 w2- t1. t39 w40- t39. end close
// expect `take 2 mid 3 cancel` => s38 t1 w2- t1. t39 w40- t39. end cancel
// expect `take 7 cancel` => s38 t1 w2- t1. t39 w40- t39. end cancel
// expect `take 6 mid 4 cancel` => s38 t1 w2- t1. t39 w40- t39. end cancel
// expect `take 4 mid 5 close` => s38 t1 w2- t1. t39 w40- t39. end close
// expect `take 7 mid 1 cancel` => s38 t1 w2- t1. t39 w40- t39. end cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t39");
        W::new(&ctx, 40, 2).await;
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
                    tokio::join!(async { W::new(&ctx, 10, 0).await; ctx.log("j10"); }, W::new(&ctx, 11, 2));
                }
                teardown! {
                    ctx.log("t12");
                    W::new(&ctx, 13, 2).await;
                    ctx.log("t12.");
                }
                ctx.log("s14");
                13
            };
            ctx.log(format!("b4={b4}"));
            return;
        }
        1 => {
            teardown! {
                ctx.log("t15");
                W::new(&ctx, 16, 1).await;
                ctx.log("t15.");
            }
            teardown! {
                ctx.log("t17");
                W::new(&ctx, 18, 2).await;
                ctx.log("t17.");
            }
            let mut c19 = 0;
            let b19: u32 = loop {
                c19 += 1;
                if c19 > 0 { break 12; }
                let m20: u32 = match ctx.pick(20, 1, 3) {
                    0 => {
                        ctx.log("s21");
                        teardown! {
                            ctx.log("t22");
                            W::new(&ctx, 23, 2).await;
                            ctx.log("t22.");
                        }
                        futures::join!(W::new(&ctx, 24, 2), async { W::new(&ctx, 25, 0).await; ctx.log("j25"); });
                        continue;
                        ctx.log("s26");
                        1
                    }
                    1 => {
                        yield_!(27);
                        return;
                    }
                    _ => {
                        ctx.log("s28");
                        ctx.log("s29");
                        let _ = tokio::try_join!(async { W::new(&ctx, 30, 0).await; ctx.log("j30"); Ok::<(), u32>(()) }, W::new(&ctx, 31, 1).ok(), W::new(&ctx, 32, 2).fail(32));
                        break 18;
                    }
                };
                ctx.log(format!("m20={m20}"));
                for _ in 0..3 {
                    ctx.log("s34");
                    teardown! {
                        ctx.log("t35");
                        W::new(&ctx, 36, 2).await;
                        ctx.log("t35.");
                    }
                    ctx.log("s37");
                }
            };
            ctx.log(format!("b19={b19}"));
            return;
        }
        _ => {
            ctx.log("s38");
            return;
        }
    };
    ctx.log(format!("m3={m3}"));
    return;
}
