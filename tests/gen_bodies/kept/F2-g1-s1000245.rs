// finding: F2-teardown-in-let-else
// seed: 1000245
// expect `drain` => w1- w3- j3 w4- w5- s12 t11 t11. w15- j15 w14- j14 item Ok(16) s17 w18- b13=26 item Ok(19) b6=19 item Ok(23) item Ok(27) item Ok(28) s31 t30 t30. t24 w25- t24. t21 w22- t21. end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => gaveup w1- w3- j3 w4- w5- s12 t11 t11. w15- j15 w14- j14 close=Ok
// expect `take 0 mid 1 cancel` => gaveup w1x cancel=Ok
// expect `take 0 mid 2 close` => w1- w3- j3 gaveup w4- w5- s12 t11 t11. w15- j15 w14- j14 close=Ok
// expect `take 0 mid 2 cancel` => w1- w3- j3 gaveup w4x w5x cancel=Ok
// expect `take 0 mid 3 close` => w1- w3- j3 gaveup w4- w5- s12 t11 t11. w15- j15 w14- j14 close=Ok
// expect `take 0 mid 3 cancel` => w1- w3- j3 gaveup w4x w5x cancel=Ok
// expect `take 1 close` => w1- w3- j3 w4- w5- s12 t11 t11. w15- j15 w14- j14 item Ok(16) close=Ok
// expect `take 1 cancel` => w1- w3- j3 w4- w5- s12 t11 t11. w15- j15 w14- j14 item Ok(16) cancel=Ok
// expect `take 1 mid 1 close` => w1- w3- j3 w4- w5- s12 t11 t11. w15- j15 w14- j14 item Ok(16) s17 gaveup w18- b13=26 close=Ok
// expect `take 1 mid 1 cancel` => w1- w3- j3 w4- w5- s12 t11 t11. w15- j15 w14- j14 item Ok(16) s17 gaveup w18x cancel=Ok
// expect `take 1 mid 2 close` => w1- w3- j3 w4- w5- s12 t11 t11. w15- j15 w14- j14 item Ok(16) s17 w18- b13=26 item Ok(19) close=Ok
// expect `take 1 mid 2 cancel` => w1- w3- j3 w4- w5- s12 t11 t11. w15- j15 w14- j14 item Ok(16) s17 w18- b13=26 item Ok(19) cancel=Ok
// expect `take 1 mid 3 close` => w1- w3- j3 w4- w5- s12 t11 t11. w15- j15 w14- j14 item Ok(16) s17 w18- b13=26 item Ok(19) close=Ok
// expect `take 1 mid 3 cancel` => w1- w3- j3 w4- w5- s12 t11 t11. w15- j15 w14- j14 item Ok(16) s17 w18- b13=26 item Ok(19) cancel=Ok
// expect `take 2 close` => w1- w3- j3 w4- w5- s12 t11 t11. w15- j15 w14- j14 item Ok(16) s17 w18- b13=26 item Ok(19) close=Ok
// expect `take 2 cancel` => w1- w3- j3 w4- w5- s12 t11 t11. w15- j15 w14- j14 item Ok(16) s17 w18- b13=26 item Ok(19) cancel=Ok
// expect `take 2 mid 1 close` => w1- w3- j3 w4- w5- s12 t11 t11. w15- j15 w14- j14 item Ok(16) s17 w18- b13=26 item Ok(19) b6=19 item Ok(23) t21 w22- t21. close=Ok
// expect `take 2 mid 1 cancel` => w1- w3- j3 w4- w5- s12 t11 t11. w15- j15 w14- j14 item Ok(16) s17 w18- b13=26 item Ok(19) b6=19 item Ok(23) t21 w22- t21. cancel=Ok
// expect `take 2 mid 2 close` => w1- w3- j3 w4- w5- s12 t11 t11. w15- j15 w14- j14 item Ok(16) s17 w18- b13=26 item Ok(19) b6=19 item Ok(23) t21 w22- t21. close=Ok
// expect `take 2 mid 2 cancel` => w1- w3- j3 w4- w5- s12 t11 t11. w15- j15 w14- j14 item Ok(16) s17 w18- b13=26 item Ok(19) b6=19 item Ok(23) t21 w22- t21. cancel=Ok
// expect `take 2 mid 3 close` => w1- w3- j3 w4- w5- s12 t11 t11. w15- j15 w14- j14 item Ok(16) s17 w18- b13=26 item Ok(19) b6=19 item Ok(23) t21 w22- t21. close=Ok
// expect `take 2 mid 3 cancel` => w1- w3- j3 w4- w5- s12 t11 t11. w15- j15 w14- j14 item Ok(16) s17 w18- b13=26 item Ok(19) b6=19 item Ok(23) t21 w22- t21. cancel=Ok
// expect `take 7 mid 1 cancel` => w1- w3- j3 w4- w5- s12 t11 t11. w15- j15 w14- j14 item Ok(16) s17 w18- b13=26 item Ok(19) b6=19 item Ok(23) item Ok(27) item Ok(28) s31 t30 t30. t24 w25- t24. t21 w22- t21. end cancel=Ok
// expect `take 6 mid 1 cancel` => w1- w3- j3 w4- w5- s12 t11 t11. w15- j15 w14- j14 item Ok(16) s17 w18- b13=26 item Ok(19) b6=19 item Ok(23) item Ok(27) item Ok(28) s31 t30 t30. t24 w25- t24. t21 w22- t21. end cancel=Ok
// expect `take 8 mid 2 close` => w1- w3- j3 w4- w5- s12 t11 t11. w15- j15 w14- j14 item Ok(16) s17 w18- b13=26 item Ok(19) b6=19 item Ok(23) item Ok(27) item Ok(28) s31 t30 t30. t24 w25- t24. t21 w22- t21. end close=Ok
// expect `take 6 mid 3 cancel` => w1- w3- j3 w4- w5- s12 t11 t11. w15- j15 w14- j14 item Ok(16) s17 w18- b13=26 item Ok(19) b6=19 item Ok(23) item Ok(27) item Ok(28) s31 t30 t30. t24 w25- t24. t21 w22- t21. end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    W::new(&ctx, 1, 1).await;
    let mut c2 = 0;
    while c2 < 3 {
        c2 += 1;
        tokio::join!(async { W::new(&ctx, 3, 0).await; ctx.log("j3"); }, W::new(&ctx, 4, 2), W::new(&ctx, 5, 3));
        let b6: u32 = 'l6: {
            match ctx.pick(7, 1, 2) {
                0 => {
                    teardown! {
                        ctx.log("t8");
                        ctx.log("t8.");
                    }
                    W::new(&ctx, 9, 2).await;
                    W::new(&ctx, 10, 0).await;
                }
                _ => {
                    teardown! {
                        ctx.log("t11");
                        ctx.log("t11.");
                    }
                    ctx.log("s12");
                }
            }
            let mut c13 = 0;
            let b13: u32 = 'l13: loop {
                c13 += 1;
                if c13 > 2 { break 34; }
                tokio::join!(async { W::new(&ctx, 14, 3).await; ctx.log("j14"); }, async { W::new(&ctx, 15, 1).await; ctx.log("j15"); });
                yield_!(Ok(16));
                ctx.log("s17");
                W::new(&ctx, 18, 1).await;
                break 'l13 26;
            };
            ctx.log(format!("b13={b13}"));
            yield_!(Ok(19));
            19
        };
        ctx.log(format!("b6={b6}"));
        let Some(v20) = ctx.opt(20, 0b0, 1) else {
            teardown! {
                ctx.log("t21");
                W::new(&ctx, 22, 1).await;
                ctx.log("t21.");
            }
            yield_!(Ok(23));
            teardown! {
                ctx.log("t24");
                W::new(&ctx, 25, 2).await;
                ctx.log("t24.");
            }
            if ctx.ch(26, 0b1, 2) {
                yield_!(Ok(27));
                yield_!(Ok(28));
                ctx.check(29, 0b0, 1)?;
                teardown! {
                    ctx.log("t30");
                    ctx.log("t30.");
                }
                ctx.log("s31");
            } else {
                yield_!(Ok(32));
                teardown! {
                    ctx.log("t33");
                    ctx.log("t33.");
                }
                yield_!(Ok(34));
            }
            break;
        };
        ctx.log(format!("L{v20}"));
    }
}
