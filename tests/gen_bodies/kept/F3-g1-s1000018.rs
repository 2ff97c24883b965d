// finding: F3-teardown-in-diverging-arm
// seed: 1000018
// expect `drain` => s8 t6 w7- t6. t4 w5- t4. b3=12 s9 w10- w12- w13- item Ok(18) t16 w17- t16. t14 w15- t14. b2=40 t1 t1. t33 w34- t33. end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => s8 t6 gaveup w7- t6. t4 w5- t4. b3=12 s9 w10- w12- w13- t16 w17- t16. t14 w15- t14. t1 t1. t33 w34- t33. close=Ok
// expect `take 0 mid 1 cancel` => s8 t6 gaveup w7- t6. t4 w5- t4. t1 t1. t33 w34- t33. cancel=Ok
// expect `take 0 mid 2 close` => s8 t6 gaveup w7- t6. t4 w5- t4. b3=12 s9 w10- w12- w13- t16 w17- t16. t14 w15- t14. t1 t1. t33 w34- t33. close=Ok
// expect `take 0 mid 2 cancel` => s8 t6 gaveup w7- t6. t4 w5- t4. t1 t1. t33 w34- t33. cancel=Ok
// expect `take 0 mid 3 close` => s8 t6 w7- t6. t4 gaveup w5- t4. b3=12 s9 w10- w12- w13- t16 w17- t16. t14 w15- t14. t1 t1. t33 w34- t33. close=Ok
// expect `take 0 mid 3 cancel` => s8 t6 w7- t6. t4 gaveup w5- t4. t1 t1. t33 w34- t33. cancel=Ok
// expect `take 1 close` => s8 t6 w7- t6. t4 w5- t4. b3=12 s9 w10- w12- w13- item Ok(18) t16 w17- t16. t14 w15- t14. t1 t1. t33 w34- t33. close=Ok
// expect `take 1 cancel` => s8 t6 w7- t6. t4 w5- t4. b3=12 s9 w10- w12- w13- item Ok(18) t16 w17- t16. t14 w15- t14. t1 t1. t33 w34- t33. cancel=Ok
// expect `take 1 mid 1 close` => s8 t6 w7- t6. t4 w5- t4. b3=12 s9 w10- w12- w13- item Ok(18) t16 gaveup w17- t16. t14 w15- t14. b2=40 t1 t1. t33 w34- t33. close=Ok
// expect `take 1 mid 1 cancel` => s8 t6 w7- t6. t4 w5- t4. b3=12 s9 w10- w12- w13- item Ok(18) t16 gaveup w17- t16. t14 w15- t14. t1 t1. t33 w34- t33. cancel=Ok
// expect `take 1 mid 2 close` => s8 t6 w7- t6. t4 w5- t4. b3=12 s9 w10- w12- w13- item Ok(18) t16 w17- t16. t14 gaveup w15- t14. b2=40 t1 t1. t33 w34- t33. close=Ok
// expect `take 1 mid 2 cancel` => s8 t6 w7- t6. t4 w5- t4. b3=12 s9 w10- w12- w13- item Ok(18) t16 w17- t16. t14 gaveup w15- t14. t1 t1. t33 w34- t33. cancel=Ok
// expect `take 1 mid 3 close` => s8 t6 w7- t6. t4 w5- t4. b3=12 s9 w10- w12- w13- item Ok(18) t16 w17- t16. t14 w15- t14. b2=40 t1 t1. t33 gaveup w34- t33. close=Ok
// expect `take 1 mid 3 cancel` => s8 t6 w7- t6. t4 w5- t4. b3=12 s9 w10- w12- w13- item Ok(18) t16 w17- t16. t14 w15- t14. b2=40 t1 t1. t33 gaveup w34- t33. cancel=Ok
// expect `take 2 close` => s8 t6 w7- t6. t4 w5- t4. b3=12 s9 w10- w12- w13- item Ok(18) t16 w17- t16. t14 w15- t14. b2=40 t1 t1. t33 w34- t33. end close=Ok
// expect `take 2 cancel` => s8 t6 w7- t6. t4 w5- t4. b3=12 s9 w10- w12- w13- item Ok(18) t16 w17- t16. t14 w15- t14. b2=40 t1 t1. t33 w34- t33. end cancel=Ok
// expect `take 2 mid 1 close` => s8 t6 w7- t6. t4 w5- t4. b3=12 s9 w10- w12- w13- item Ok(18) t16 w17- t16. t14 w15- t14. b2=40 t1 t1. t33 w34- t33. end close=Ok
// expect `take 2 mid 1 cancel` => s8 t6 w7- t6. t4 w5- t4. b3=12 s9 w10- w12- w13- item Ok(18) t16 w17- t16. t14 w15- t14. b2=40 t1 t1. t33 w34- t33. end cancel=Ok
// expect `take 2 mid 2 close` => s8 t6 w7- t6. t4 w5- t4. b3=12 s9 w10- w12- w13- item Ok(18) t16 w17- t16. t14 w15- t14. b2=40 t1 t1. t33 w34- t33. end close=Ok
// expect `take 2 mid 2 cancel` => s8 t6 w7- t6. t4 w5- t4. b3=12 s9 w10- w12- w13- item Ok(18) t16 w17- t16. t14 w15- t14. b2=40 t1 t1. t33 w34- t33. end cancel=Ok
// expect `take 2 mid 3 close` => s8 t6 w7- t6. t4 w5- t4. b3=12 s9 w10- w12- w13- item Ok(18) t16 w17- t16. t14 w15- t14. b2=40 t1 t1. t33 w34- t33. end close=Ok
// expect `take 2 mid 3 cancel` => s8 t6 w7- t6. t4 w5- t4. b3=12 s9 w10- w12- w13- item Ok(18) t16 w17- t16. t14 w15- t14. b2=40 t1 t1. t33 w34- t33. end cancel=Ok
// expect `take 7 mid 2 close` => s8 t6 w7- t6. t4 w5- t4. b3=12 s9 w10- w12- w13- item Ok(18) t16 w17- t16. t14 w15- t14. b2=40 t1 t1. t33 w34- t33. end close=Ok
// expect `take 7 cancel` => s8 t6 w7- t6. t4 w5- t4. b3=12 s9 w10- w12- w13- item Ok(18) t16 w17- t16. t14 w15- t14. b2=40 t1 t1. t33 w34- t33. end cancel=Ok
// expect `take 6 mid 2 cancel` => s8 t6 w7- t6. t4 w5- t4. b3=12 s9 w10- w12- w13- item Ok(18) t16 w17- t16. t14 w15- t14. b2=40 t1 t1. t33 w34- t33. end cancel=Ok
// expect `take 4 close` => s8 t6 w7- t6. t4 w5- t4. b3=12 s9 w10- w12- w13- item Ok(18) t16 w17- t16. t14 w15- t14. b2=40 t1 t1. t33 w34- t33. end close=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t33");
        W::new(&ctx, 34, 2).await;
        ctx.log("t33.");
    }
    teardown! {
        ctx.log("t1");
        ctx.log("t1.");
    }
    let mut c2 = 0;
    let b2: u32 = loop {
        c2 += 1;
        if c2 > 2 { break 41; }
        let b3: u32 = 'l3: {
            teardown! {
                ctx.log("t4");
                W::new(&ctx, 5, 1).await;
                ctx.log("t4.");
            }
            teardown! {
                ctx.log("t6");
                W::new(&ctx, 7, 2).await;
                ctx.log("t6.");
            }
            ctx.log("s8");
            12
        };
        ctx.log(format!("b3={b3}"));
        ctx.log("s9");
        W::new(&ctx, 10, 0).await;
        let m11: u32 = match ctx.pick(11, 0, 3) {
            0 => {
                tokio::join!(W::new(&ctx, 12, 0), W::new(&ctx, 13, 3));
                teardown! {
                    ctx.log("t14");
                    W::new(&ctx, 15, 1).await;
                    ctx.log("t14.");
                }
                teardown! {
                    ctx.log("t16");
                    W::new(&ctx, 17, 1).await;
                    ctx.log("t16.");
                }
                yield_!(Ok(18));
                break 40;
            }
            1 => {
                tokio::select! {
                    _ = W::new(&ctx, 19, 3) => {
                        tokio::join!(W::new(&ctx, 20, 3), W::new(&ctx, 21, 2));
                        yield_!(Ok(22));
                        W::new(&ctx, 23, 0).await;
                        break 15;
                    }
                    _ = W::new(&ctx, 24, 1) => {
                        yield_!(Ok(25));
                        tokio::join!(W::new(&ctx, 26, 0), async { W::new(&ctx, 27, 1).await; ctx.log("j27"); }, W::new(&ctx, 28, 2));
                        ctx.check(29, 0b10, 3)?;
                    }
                    _ = W::new(&ctx, 30, 0) => {
                        ctx.check(31, 0b1, 1)?;
                    }
                }
                41
            }
            _ => {
                ctx.log("s32");
                return;
            }
        };
        ctx.log(format!("m11={m11}"));
    };
    ctx.log(format!("b2={b2}"));
}
