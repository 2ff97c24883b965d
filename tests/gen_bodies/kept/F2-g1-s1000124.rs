// finding: F2-teardown-in-let-else
// seed: 1000124
// expect `drain` => L4 t5 w6- t5. t1 w2- t1. item Err(15) end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => L4 t5 gaveup w6- t5. t1 w2- t1. close=Err(15)
// expect `take 0 mid 1 cancel` => L4 t5 gaveup w6- t5. t1 w2- t1. cancel=Err(15)
// expect `take 0 mid 2 close` => L4 t5 gaveup w6- t5. t1 w2- t1. close=Err(15)
// expect `take 0 mid 2 cancel` => L4 t5 gaveup w6- t5. t1 w2- t1. cancel=Err(15)
// expect `take 0 mid 3 close` => L4 t5 w6- t5. t1 gaveup w2- t1. close=Err(15)
// expect `take 0 mid 3 cancel` => L4 t5 w6- t5. t1 gaveup w2- t1. cancel=Err(15)
// expect `take 1 close` => L4 t5 w6- t5. t1 w2- t1. item Err(15) close=Ok
// expect `take 1 cancel` => L4 t5 w6- t5. t1 w2- t1. item Err(15) cancel=Ok
// expect `take 1 mid 1 close` => L4 t5 w6- t5. t1 w2- t1. item Err(15) end close=Ok
// expect `take 1 mid 1 cancel` => L4 t5 w6- t5. t1 w2- t1. item Err(15) end cancel=Ok
// expect `take 1 mid 2 close` => L4 t5 w6- t5. t1 w2- t1. item Err(15) end close=Ok
// expect `take 1 mid 2 cancel` => L4 t5 w6- t5. t1 w2- t1. item Err(15) end cancel=Ok
// expect `take 1 mid 3 close` => L4 t5 w6- t5. t1 w2- t1. item Err(15) end close=Ok
// expect `take 1 mid 3 cancel` => L4 t5 w6- t5. t1 w2- t1. item Err(15) end cancel=Ok
// expect `take 2 close` => L4 t5 w6- t5. t1 w2- t1. item Err(15) end close=Ok
// expect `take 2 cancel` => L4 t5 w6- t5. t1 w2- t1. item Err(15) end cancel=Ok
// expect `take 2 mid 1 close` => L4 t5 w6- t5. t1 w2- t1. item Err(15) end close=Ok
// expect `take 2 mid 1 cancel` => L4 t5 w6- t5. t1 w2- t1. item Err(15) end cancel=Ok
// expect `take 2 mid 2 close` => L4 t5 w6- t5. t1 w2- t1. item Err(15) end close=Ok
// expect `take 2 mid 2 cancel` => L4 t5 w6- t5. t1 w2- t1. item Err(15) end cancel=Ok
// expect `take 2 mid 3 close` => L4 t5 w6- t5. t1 w2- t1. item Err(15) end close=Ok
// expect `take 2 mid 3 cancel` => L4 t5 w6- t5. t1 w2- t1. item Err(15) end cancel=Ok
// expect `take 4 mid 3 cancel` => L4 t5 w6- t5. t1 w2- t1. item Err(15) end cancel=Ok
// expect `take 5 cancel` => L4 t5 w6- t5. t1 w2- t1. item Err(15) end cancel=Ok
// expect `take 8 cancel` => L4 t5 w6- t5. t1 w2- t1. item Err(15) end cancel=Ok
// expect `take 6 mid 1 close` => L4 t5 w6- t5. t1 w2- t1. item Err(15) end close=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t1");
        W::new(&ctx, 2, 1).await;
        ctx.log("t1.");
    }
    let mut c3 = 0;
    let b3: u32 = loop {
        c3 += 1;
        if c3 > 2 { break 11; }
        let Some(v4) = ctx.opt(4, 0b101, 4) else {
            teardown! {
                ctx.log("t5");
                W::new(&ctx, 6, 2).await;
                ctx.log("t5.");
            }
            for _ in 0..0 {
                teardown! {
                    ctx.log("t8");
                    ctx.log("t8.");
                }
                yield_!(Ok(9));
                ctx.check(10, 0b100, 3)?;
                teardown! {
                    ctx.log("t11");
                    W::new(&ctx, 12, 0).await;
                    ctx.log("t11.");
                }
                ctx.log("s13");
            }
            match ctx.pick(14, 0, 2) {
                0 => {
                    ctx.check(15, 0b1, 3)?;
                    W::new(&ctx, 16, 1).await;
                    teardown! {
                        ctx.log("t17");
                        ctx.log("t17.");
                    }
                    W::new(&ctx, 18, 0).await;
                }
                _ => {
                    ctx.log("s19");
                    teardown! {
                        ctx.log("t20");
                        ctx.log("t20.");
                    }
                    W::new(&ctx, 21, 0).await;
                }
            }
            break 6;
        };
        ctx.log(format!("L{v4}"));
    };
    ctx.log(format!("b3={b3}"));
}
