// finding: F2-teardown-in-let-else
// seed: 1000229
// expect `drain` => item 2 w4- item 6 s9 t7 w8- t7. t36 w37- t36. end
// expect `take 0 close` => close
// expect `take 0 cancel` => cancel
// expect `take 0 mid 1 close` => item 2 t36 w37- t36. close
// expect `take 0 mid 1 cancel` => item 2 t36 w37- t36. cancel
// expect `take 0 mid 2 close` => item 2 t36 w37- t36. close
// expect `take 0 mid 2 cancel` => item 2 t36 w37- t36. cancel
// expect `take 0 mid 3 close` => item 2 t36 w37- t36. close
// expect `take 0 mid 3 cancel` => item 2 t36 w37- t36. cancel
// expect `take 1 close` => item 2 t36 w37- t36. close
// expect `take 1 cancel` => item 2 t36 w37- t36. cancel
// expect `take 1 mid 1 close` => item 2 gaveup w4- t36 w37- t36. close
// expect `take 1 mid 1 cancel` => item 2 gaveup w4x t36 w37- t36. cancel
// expect `take 1 mid 2 close` => item 2 gaveup w4- t36 w37- t36. close
// expect `take 1 mid 2 cancel` => item 2 gaveup w4x t36 w37- t36. cancel
// expect `take 1 mid 3 close` => item 2 gaveup w4- t36 w37- t36. close
// expect `take 1 mid 3 cancel` => item 2 gaveup w4x t36 w37- t36. cancel
// expect `take 2 close` => item 2 w4- item 6 t36 w37- t36. close
// expect `take 2 cancel` => item 2 w4- item 6 t36 w37- t36. cancel
// expect `take 2 mid 1 close` => item 2 w4- item 6 s9 t7 gaveup w8- t7. t36 w37- t36. close
// expect `take 2 mid 1 cancel` => item 2 w4- item 6 s9 t7 gaveup w8- t7. t36 w37- t36. cancel
// expect `take 2 mid 2 close` => item 2 w4- item 6 s9 t7 w8- t7. t36 w37- t36. end close
// expect `take 2 mid 2 cancel` => item 2 w4- item 6 s9 t7 w8- t7. t36 w37- t36. end cancel
// expect `take 2 mid 3 close` => item 2 w4- item 6 s9 t7 w8- t7. t36 w37- t36. end close
// expect `take 2 mid 3 cancel` => item 2 w4- item 6 s9 t7 w8- t7. t36 w37- t36. end cancel
// expect `take 7 mid 2 cancel` => item 2 w4- item 6 s9 t7 w8- t7. t36 w37- t36. end cancel
// expect `take 8 mid 1 cancel` => item 2 w4- item 6 s9 t7 w8- t7. t36 w37- t36. end cancel
// expect `take 5 mid 2 cancel` => item 2 w4- item 6 s9 t7 w8- t7. t36 w37- t36. end cancel
// expect `take 3 mid 2 close` => item 2 w4- item 6 s9 t7 w8- t7. t36 w37- t36. end close
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t36");
        W::new(&ctx, 37, 0).await;
        ctx.log("t36.");
    }
    let mut c1 = 0;
    while c1 < 3 {
        c1 += 1;
        yield_!(2);
        let mut c3 = 0;
        loop {
            c3 += 1;
            if c3 > 3 { break; }
            W::new(&ctx, 4, 3).await;
            let Some(v5) = ctx.opt(5, 0b0, 1) else {
                yield_!(6);
                teardown! {
                    ctx.log("t7");
                    W::new(&ctx, 8, 1).await;
                    ctx.log("t7.");
                }
                ctx.log("s9");
                return;
            };
            ctx.log(format!("L{v5}"));
            tokio::join!(W::new(&ctx, 10, 0), W::new(&ctx, 11, 3), W::new(&ctx, 12, 2));
        }
    }
    if ctx.ch(13, 0b0, 2) {
        yield_!(14);
        for _ in 0..1 {
            let b16: u32 = 'l16: {
                teardown! {
                    ctx.log("t17");
                    ctx.log("t17.");
                }
                let _ = tokio::try_join!(W::new(&ctx, 18, 2).ok(), W::new(&ctx, 19, 3).ok(), W::new(&ctx, 20, 0).fail(20));
                46
            };
            ctx.log(format!("b16={b16}"));
        }
    } else {
        W::new(&ctx, 21, 3).await;
        tokio::select! {
            _ = W::new(&ctx, 22, 2) => {
                {
                    yield_!(24);
                }
                tokio::select! {
                    biased;
                    _ = W::new(&ctx, 25, 0), if ctx.ch(32, 0b111, 3) => {
                        yield_!(26);
                    }
                    _ = W::new(&ctx, 27, 1) => {
                        ctx.log("s28");
                    }
                    _ = W::new(&ctx, 29, 0), if ctx.ch(30, 0b0, 2) => {
                        ctx.log("s31");
                    }
                    else => {
                        ctx.log("s33");
                        return;
                    }
                }
            }
            _ = W::new(&ctx, 34, 0) => {
                ctx.log("s35");
            }
        }
    }
}
