// finding: F2-teardown-in-let-else
// seed: 1000103
// expect `drain` => w1- j1 w2- w3- item 7 w26- w27- w25x w28- w29- s31 t30 t30. w26- w27- w25x w28- w29- s31 t30 t30. b24=5 s33 t32 t32. t5 w6- t5. t36 t36. end
// expect `take 0 close` => close
// expect `take 0 cancel` => cancel
// expect `take 0 mid 1 close` => w1- j1 gaveup w2- w3- t5 w6- t5. t36 t36. close
// expect `take 0 mid 1 cancel` => w1- j1 gaveup w2x w3x t36 t36. cancel
// expect `take 0 mid 2 close` => w1- j1 w2- gaveup w3- t5 w6- t5. t36 t36. close
// expect `take 0 mid 2 cancel` => w1- j1 w2- gaveup w3x t36 t36. cancel
// expect `take 0 mid 3 close` => w1- j1 w2- gaveup w3- t5 w6- t5. t36 t36. close
// expect `take 0 mid 3 cancel` => w1- j1 w2- gaveup w3x t36 t36. cancel
// expect `take 1 close` => w1- j1 w2- w3- item 7 t5 w6- t5. t36 t36. close
// expect `take 1 cancel` => w1- j1 w2- w3- item 7 t5 w6- t5. t36 t36. cancel
// expect `take 1 mid 1 close` => w1- j1 w2- w3- item 7 gaveup w26- w27- w25x w28- w29- s31 t30 t30. w26- w27- w25x w28- w29- s31 t30 t30. b24=5 s33 t32 t32. t5 w6- t5. t36 t36. close
// expect `take 1 mid 1 cancel` => w1- j1 w2- w3- item 7 gaveup w25x w26x w27x t5 w6- t5. t36 t36. cancel
// expect `take 1 mid 2 close` => w1- j1 w2- w3- item 7 w26- gaveup w27- w25x w28- w29- s31 t30 t30. w26- w27- w25x w28- w29- s31 t30 t30. b24=5 s33 t32 t32. t5 w6- t5. t36 t36. close
// expect `take 1 mid 2 cancel` => w1- j1 w2- w3- item 7 w26- gaveup w25x w27x t5 w6- t5. t36 t36. cancel
// expect `take 1 mid 3 close` => w1- j1 w2- w3- item 7 w26- w27- w25x w28- gaveup w29- s31 t30 t30. w26- w27- w25x w28- w29- s31 t30 t30. b24=5 s33 t32 t32. t5 w6- t5. t36 t36. close
// expect `take 1 mid 3 cancel` => w1- j1 w2- w3- item 7 w26- w27- w25x w28- gaveup w29x t5 w6- t5. t36 t36. cancel
// expect `take 2 close` => w1- j1 w2- w3- item 7 w26- w27- w25x w28- w29- s31 t30 t30. w26- w27- w25x w28- w29- s31 t30 t30. b24=5 s33 t32 t32. t5 w6- t5. t36 t36. end close
// expect `take 2 cancel` => w1- j1 w2- w3- item 7 w26- w27- w25x w28- w29- s31 t30 t30. w26- w27- w25x w28- w29- s31 t30 t30. b24=5 s33 t32 t32. t5 w6- t5. t36 t36. end cancel
// expect `take 2 mid 1 close` => w1- j1 w2- w3- item 7 w26- w27- w25x w28- w29- s31 t30 t30. w26- w27- w25x w28- w29- s31 t30 t30. b24=5 s33 t32 t32. t5 w6- t5. t36 t36. end close
// expect `take 2 mid 1 cancel` => w1- j1 w2- w3- item 7 w26- w27- w25x w28- w29- s31 t30 t30. w26- w27- w25x w28- w29- s31 t30 t30. b24=5 s33 t32 t32. t5 w6- t5. t36 t36. end cancel
// expect `take 2 mid 2 close` => w1- j1 w2- w3- item 7 w26- w27- w25x w28- w29- s31 t30 t30. w26- w27- w25x w28- w29- s31 t30 t30. b24=5 s33 t32 t32. t5 w6- t5. t36 t36. end close
// expect `take 2 mid 2 cancel` => w1- j1 w2- w3- item 7 w26- w27- w25x w28- w29- s31 t30 t30. w26- w27- w25x w28- w29- s31 t30 t30. b24=5 s33 t32 t32. t5 w6- t5. t36 t36. end cancel
// expect `take 2 mid 3 close` => w1- j1 w2- w3- item 7 w26- w27- w25x w28- w29- s31 t30 t30. w26- w27- w25x w28- w29- s31 t30 t30. b24=5 s33 t32 t32. t5 w6- t5. t36 t36. end close
// expect `take 2 mid 3 cancel` => w1- j1 w2- w3- item 7 w26- w27- w25x w28- w29- s31 t30 t30. w26- w27- w25x w28- w29- s31 t30 t30. b24=5 s33 t32 t32. t5 w6- t5. t36 t36. end cancel
// expect `take 6 mid 6 cancel` => w1- j1 w2- w3- item 7 w26- w27- w25x w28- w29- s31 t30 t30. w26- w27- w25x w28- w29- s31 t30 t30. b24=5 s33 t32 t32. t5 w6- t5. t36 t36. end cancel
// expect `take 7 close` => w1- j1 w2- w3- item 7 w26- w27- w25x w28- w29- s31 t30 t30. w26- w27- w25x w28- w29- s31 t30 t30. b24=5 s33 t32 t32. t5 w6- t5. t36 t36. end close
// expect `take 6 cancel` => w1- j1 w2- w3- item 7 w26- w27- w25x w28- w29- s31 t30 t30. w26- w27- w25x w28- w29- s31 t30 t30. b24=5 s33 t32 t32. t5 w6- t5. t36 t36. end cancel
// expect `take 6 mid 3 cancel` => w1- j1 w2- w3- item 7 w26- w27- w25x w28- w29- s31 t30 t30. w26- w27- w25x w28- w29- s31 t30 t30. b24=5 s33 t32 t32. t5 w6- t5. t36 t36. end cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t36");
        ctx.log("t36.");
    }
    tokio::join!(async { W::new(&ctx, 1, 0).await; ctx.log("j1"); }, W::new(&ctx, 2, 1), W::new(&ctx, 3, 3));
    let Some(v4) = ctx.opt(4, 0b100, 3) else {
        teardown! {
            ctx.log("t5");
            W::new(&ctx, 6, 1).await;
            ctx.log("t5.");
        }
        yield_!(7);
        match ctx.pick(8, 2, 3) {
            0 => {
                teardown! {
                    ctx.log("t9");
                    ctx.log("t9.");
                }
                let Some(v10) = ctx.opt(10, 0b101, 3) else {
                    ctx.log("s11");
                    teardown! {
                        ctx.log("t12");
                        W::new(&ctx, 13, 1).await;
                        ctx.log("t12.");
                    }
                    teardown! {
                        ctx.log("t14");
                        ctx.log("t14.");
                    }
                    ctx.log("s15");
                    return;
                };
                ctx.log(format!("L{v10}"));
                yield_!(16);
                return;
            }
            1 => {
                let m17: u32 = match ctx.pick(17, 0, 3) {
                    0 => {
                        yield_!(18);
                        yield_!(19);
                        W::new(&ctx, 20, 2).await;
                        14
                    }
                    1 => {
                        teardown! {
                            ctx.log("t21");
                            ctx.log("t21.");
                        }
                        ctx.log("s22");
                        19
                    }
                    _ => {
                        W::new(&ctx, 23, 2).await;
                        return;
                    }
                };
                ctx.log(format!("m17={m17}"));
            }
            _ => {
                let mut c24 = 0;
                let b24: u32 = loop {
                    c24 += 1;
                    if c24 > 2 { break 5; }
                    let _ = tokio::try_join!(async { W::new(&ctx, 25, 3).await; ctx.log("j25"); Ok::<(), u32>(()) }, W::new(&ctx, 26, 1).ok(), W::new(&ctx, 27, 2).fail(27));
                    futures::join!(W::new(&ctx, 28, 0), W::new(&ctx, 29, 1));
                    teardown! {
                        ctx.log("t30");
                        ctx.log("t30.");
                    }
                    ctx.log("s31");
                };
                ctx.log(format!("b24={b24}"));
                teardown! {
                    ctx.log("t32");
                    ctx.log("t32.");
                }
                ctx.log("s33");
            }
        }
        return;
    };
    ctx.log(format!("L{v4}"));
    let Some(v34) = ctx.opt(34, 0b11, 2) else {
        ctx.log("s35");
        return;
    };
    ctx.log(format!("L{v34}"));
}
