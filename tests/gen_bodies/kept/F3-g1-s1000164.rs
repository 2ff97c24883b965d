// finding: F3-teardown-in-diverging-arm
// seed: 1000164
// expect `drain` => s36 t38 w39- t38. end
// expect `take 0 close` => close
// expect `take 0 cancel` => cancel
// expect `take 0 mid 1 close` => s36 t38 w39- t38. end close
// expect `take 0 mid 1 cancel` => s36 t38 w39- t38. end cancel
// expect `take 0 mid 2 close` => s36 t38 w39- t38. end close
// expect `take 0 mid 2 cancel` => s36 t38 w39- t38. end cancel
// expect `take 0 mid 3 close` => s36 t38 w39- t38. end close
// expect `take 0 mid 3 cancel` => s36 t38 w39- t38. end cancel
// expect `take 1 close` => s36 t38 w39- t38. end close
// expect `take 1 cancel` => s36 t38 w39- t38. end cancel
// expect `take 1 mid 1 close` => s36 t38 w39- t38. end close
// expect `take 1 mid 1 cancel` => s36 t38 w39- t38. end cancel
// expect `take 1 mid 2 close` => s36 t38 w39- t38. end close
// expect `take 1 mid 2 cancel` => s36 t38 w39- t38. end cancel
// expect `take 1 mid 3 close` => s36 t38 w39- t38. end close
// expect `take 1 mid 3 cancel` => s36 t38 w39- t38. end cancel
// expect `take 2 close` => s36 t38 w39- t38. end close
// expect `take 2 cancel` => s36 t38 w39- t38. end cancel
// expect `take 2 mid 1 close` => s36 t38 w39- t38. end close
// expect `take 2 mid 1 cancel` => s36 t38 w39- t38. end cancel
// expect `take 2 mid 2 close` => s36 t38 w39- t38. end close
// expect `take 2 mid 2 cancel` => s36 t38 w39- t38. end cancel
// expect `take 2 mid 3 close` => s36 t38 w39- t38. end close
// expect `take 2 mid 3 cancel` => s36 t38 w39- t38. end cancel
// expect `take 4 mid 1 cancel` => s36 t38 w39- t38. end cancel
// expect `take 6 mid 2 close` => s36 t38 w39- t38. end close
// expect `take 5 mid 6 close` => s36 t38 w39- t38. end close
// expect `take 8 cancel` => s36 t38 w39- t38. end cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t38");
        W::new(&ctx, 39, 0).await;
        ctx.log("t38.");
    }
    let m1: u32 = match ctx.pick(1, 1, 3) {
        0 => {
            let b2: u32 = 'l2: {
                tokio::select! {
                    _ = W::new(&ctx, 3, 1) => {
                        ctx.log("s4");
                        ctx.log("s5");
                        yield_!(6);
                    }
                    _ = W::new(&ctx, 7, 3) => {
                        yield_!(8);
                        tokio::join!(async { W::new(&ctx, 9, 1).await; ctx.log("j9"); }, async { W::new(&ctx, 10, 0).await; ctx.log("j10"); });
                    }
                }
                teardown! {
                    ctx.log("t11");
                    W::new(&ctx, 12, 0).await;
                    ctx.log("t11.");
                }
                ctx.log("s13");
                27
            };
            ctx.log(format!("b2={b2}"));
            {
                W::new(&ctx, 15, 3).await;
                let m16: u32 = match ctx.pick(16, 0, 3) {
                    0 => {
                        yield_!(17);
                        W::new(&ctx, 18, 0).await;
                        teardown! {
                            ctx.log("t19");
                            W::new(&ctx, 20, 1).await;
                            ctx.log("t19.");
                        }
                        teardown! {
                            ctx.log("t21");
                            ctx.log("t21.");
                        }
                        ctx.log("s22");
                        return;
                    }
                    1 => {
                        yield_!(23);
                        yield_!(24);
                        tokio::join!(W::new(&ctx, 25, 3), async { W::new(&ctx, 26, 2).await; ctx.log("j26"); }, W::new(&ctx, 27, 1));
                        ctx.log("s28");
                        9
                    }
                    _ => {
                        yield_!(29);
                        ctx.log("s30");
                        return;
                    }
                };
                ctx.log(format!("m16={m16}"));
                teardown! {
                    ctx.log("t31");
                    ctx.log("t31.");
                }
                ctx.log("s32");
            }
            match ctx.pick(33, 1, 2) {
                0 => {
                    ctx.log("s34");
                }
                _ => {
                    ctx.log("s35");
                }
            }
            40
        }
        1 => {
            ctx.log("s36");
            return;
        }
        _ => {
            ctx.log("s37");
            return;
        }
    };
    ctx.log(format!("m1={m1}"));
}
