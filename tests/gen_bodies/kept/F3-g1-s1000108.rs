// finding: F3-teardown-in-diverging-arm
// seed: 1000108
// expect `drain` => w4- w3- j3 w5- j5 item Ok(8) item Ok(9) s12 t10 w11- t10. t7 t7. t21 t21. end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => w4- gaveup w3- j3 w5- j5 t7 t7. t21 t21. close=Ok
// expect `take 0 mid 1 cancel` => w4- gaveup w3x w5x t21 t21. cancel=Ok
// expect `take 0 mid 2 close` => w4- w3- j3 gaveup w5- j5 t7 t7. t21 t21. close=Ok
// expect `take 0 mid 2 cancel` => w4- w3- j3 gaveup w5x t21 t21. cancel=Ok
// expect `take 0 mid 3 close` => w4- w3- j3 w5- j5 item Ok(8) t7 t7. t21 t21. close=Ok
// expect `take 0 mid 3 cancel` => w4- w3- j3 w5- j5 item Ok(8) t7 t7. t21 t21. cancel=Ok
// expect `take 1 close` => w4- w3- j3 w5- j5 item Ok(8) t7 t7. t21 t21. close=Ok
// expect `take 1 cancel` => w4- w3- j3 w5- j5 item Ok(8) t7 t7. t21 t21. cancel=Ok
// expect `take 1 mid 1 close` => w4- w3- j3 w5- j5 item Ok(8) item Ok(9) t7 t7. t21 t21. close=Ok
// expect `take 1 mid 1 cancel` => w4- w3- j3 w5- j5 item Ok(8) item Ok(9) t7 t7. t21 t21. cancel=Ok
// expect `take 1 mid 2 close` => w4- w3- j3 w5- j5 item Ok(8) item Ok(9) t7 t7. t21 t21. close=Ok
// expect `take 1 mid 2 cancel` => w4- w3- j3 w5- j5 item Ok(8) item Ok(9) t7 t7. t21 t21. cancel=Ok
// expect `take 1 mid 3 close` => w4- w3- j3 w5- j5 item Ok(8) item Ok(9) t7 t7. t21 t21. close=Ok
// expect `take 1 mid 3 cancel` => w4- w3- j3 w5- j5 item Ok(8) item Ok(9) t7 t7. t21 t21. cancel=Ok
// expect `take 2 close` => w4- w3- j3 w5- j5 item Ok(8) item Ok(9) t7 t7. t21 t21. close=Ok
// expect `take 2 cancel` => w4- w3- j3 w5- j5 item Ok(8) item Ok(9) t7 t7. t21 t21. cancel=Ok
// expect `take 2 mid 1 close` => w4- w3- j3 w5- j5 item Ok(8) item Ok(9) s12 t10 w11- t10. t7 t7. t21 t21. end close=Ok
// expect `take 2 mid 1 cancel` => w4- w3- j3 w5- j5 item Ok(8) item Ok(9) s12 t10 w11- t10. t7 t7. t21 t21. end cancel=Ok
// expect `take 2 mid 2 close` => w4- w3- j3 w5- j5 item Ok(8) item Ok(9) s12 t10 w11- t10. t7 t7. t21 t21. end close=Ok
// expect `take 2 mid 2 cancel` => w4- w3- j3 w5- j5 item Ok(8) item Ok(9) s12 t10 w11- t10. t7 t7. t21 t21. end cancel=Ok
// expect `take 2 mid 3 close` => w4- w3- j3 w5- j5 item Ok(8) item Ok(9) s12 t10 w11- t10. t7 t7. t21 t21. end close=Ok
// expect `take 2 mid 3 cancel` => w4- w3- j3 w5- j5 item Ok(8) item Ok(9) s12 t10 w11- t10. t7 t7. t21 t21. end cancel=Ok
// expect `take 8 cancel` => w4- w3- j3 w5- j5 item Ok(8) item Ok(9) s12 t10 w11- t10. t7 t7. t21 t21. end cancel=Ok
// expect `take 5 cancel` => w4- w3- j3 w5- j5 item Ok(8) item Ok(9) s12 t10 w11- t10. t7 t7. t21 t21. end cancel=Ok
// expect `take 4 close` => w4- w3- j3 w5- j5 item Ok(8) item Ok(9) s12 t10 w11- t10. t7 t7. t21 t21. end close=Ok
// expect `take 7 mid 6 cancel` => w4- w3- j3 w5- j5 item Ok(8) item Ok(9) s12 t10 w11- t10. t7 t7. t21 t21. end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t21");
        ctx.log("t21.");
    }
    let Some(v1) = ctx.opt(1, 0b10, 2) else {
        let b2: u32 = 'l2: {
            tokio::join!(async { W::new(&ctx, 3, 1).await; ctx.log("j3"); }, W::new(&ctx, 4, 0), async { W::new(&ctx, 5, 2).await; ctx.log("j5"); });
            let m6: u32 = match ctx.pick(6, 0, 2) {
                0 => {
                    teardown! {
                        ctx.log("t7");
                        ctx.log("t7.");
                    }
                    yield_!(Ok(8));
                    yield_!(Ok(9));
                    teardown! {
                        ctx.log("t10");
                        W::new(&ctx, 11, 0).await;
                        ctx.log("t10.");
                    }
                    ctx.log("s12");
                    return;
                }
                _ => {
                    ctx.log("s13");
                    ctx.log("s14");
                    W::new(&ctx, 15, 1).await;
                    yield_!(Ok(16));
                    38
                }
            };
            ctx.log(format!("m6={m6}"));
            tokio::select! {
                _ = W::new(&ctx, 17, 2) => {
                    ctx.log("s18");
                }
                _ = W::new(&ctx, 19, 3) => {
                    ctx.log("s20");
                }
            }
            14
        };
        ctx.log(format!("b2={b2}"));
        return;
    };
    ctx.log(format!("L{v1}"));
}
