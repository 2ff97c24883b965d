// finding: F1-return-in-select-try-mode
// seed: 1000147
// expect `drain` => w4- j4 w5- j5 w6- t2 w3- t2. item Err(7) end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => w4- j4 gaveup w5- j5 w6- t2 w3- t2. close=Err(7)
// expect `take 0 mid 1 cancel` => w4- j4 gaveup w5x w6x t2 w3- t2. cancel=Ok
// expect `take 0 mid 2 close` => w4- j4 w5- j5 gaveup w6- t2 w3- t2. close=Err(7)
// expect `take 0 mid 2 cancel` => w4- j4 w5- j5 gaveup w6x t2 w3- t2. cancel=Ok
// expect `take 0 mid 3 close` => w4- j4 w5- j5 w6- t2 gaveup w3- t2. close=Err(7)
// expect `take 0 mid 3 cancel` => w4- j4 w5- j5 w6- t2 gaveup w3- t2. cancel=Err(7)
// expect `take 1 close` => w4- j4 w5- j5 w6- t2 w3- t2. item Err(7) close=Ok
// expect `take 1 cancel` => w4- j4 w5- j5 w6- t2 w3- t2. item Err(7) cancel=Ok
// expect `take 1 mid 1 close` => w4- j4 w5- j5 w6- t2 w3- t2. item Err(7) end close=Ok
// expect `take 1 mid 1 cancel` => w4- j4 w5- j5 w6- t2 w3- t2. item Err(7) end cancel=Ok
// expect `take 1 mid 2 close` => w4- j4 w5- j5 w6- t2 w3- t2. item Err(7) end close=Ok
// expect `take 1 mid 2 cancel` => w4- j4 w5- j5 w6- t2 w3- t2. item Err(7) end cancel=Ok
// expect `take 1 mid 3 close` => w4- j4 w5- j5 w6- t2 w3- t2. item Err(7) end close=Ok
// expect `take 1 mid 3 cancel` => w4- j4 w5- j5 w6- t2 w3- t2. item Err(7) end cancel=Ok
// expect `take 2 close` => w4- j4 w5- j5 w6- t2 w3- t2. item Err(7) end close=Ok
// expect `take 2 cancel` => w4- j4 w5- j5 w6- t2 w3- t2. item Err(7) end cancel=Ok
// expect `take 2 mid 1 close` => w4- j4 w5- j5 w6- t2 w3- t2. item Err(7) end close=Ok
// expect `take 2 mid 1 cancel` => w4- j4 w5- j5 w6- t2 w3- t2. item Err(7) end cancel=Ok
// expect `take 2 mid 2 close` => w4- j4 w5- j5 w6- t2 w3- t2. item Err(7) end close=Ok
// expect `take 2 mid 2 cancel` => w4- j4 w5- j5 w6- t2 w3- t2. item Err(7) end cancel=Ok
// expect `take 2 mid 3 close` => w4- j4 w5- j5 w6- t2 w3- t2. item Err(7) end close=Ok
// expect `take 2 mid 3 cancel` => w4- j4 w5- j5 w6- t2 w3- t2. item Err(7) end cancel=Ok
// expect `take 7 mid 6 close` => w4- j4 w5- j5 w6- t2 w3- t2. item Err(7) end close=Ok
// expect `take 6 close` => w4- j4 w5- j5 w6- t2 w3- t2. item Err(7) end close=Ok
// expect `take 6 mid 1 cancel` => w4- j4 w5- j5 w6- t2 w3- t2. item Err(7) end cancel=Ok
// expect `take 5 mid 2 close` => w4- j4 w5- j5 w6- t2 w3- t2. item Err(7) end close=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    let mut c1 = 0;
    'l1: while c1 < 3 {
        c1 += 1;
        teardown! {
            ctx.log("t2");
            W::new(&ctx, 3, 2).await;
            ctx.log("t2.");
        }
        tokio::join!(async { W::new(&ctx, 4, 0).await; ctx.log("j4"); }, async { W::new(&ctx, 5, 1).await; ctx.log("j5"); }, W::new(&ctx, 6, 2));
        ctx.check(7, 0b11, 3)?;
    }
    tokio::select! {
        biased;
        _ = W::new(&ctx, 8, 2) => {
            ctx.check(9, 0b110, 4)?;
            let Some(v10) = ctx.opt(10, 0b0, 1) else {
                tokio::join!(async { W::new(&ctx, 11, 3).await; ctx.log("j11"); }, async { W::new(&ctx, 12, 1).await; ctx.log("j12"); });
                'l13: {
                    yield_!(Ok(14));
                    yield_!(Ok(15));
                    return;
                }
                let mut c16 = 0;
                'l16: loop {
                    c16 += 1;
                    if c16 > 3 { break; }
                    yield_!(Ok(17));
                }
                return;
            };
            ctx.log(format!("L{v10}"));
            let mut c18 = 0;
            let b18: u32 = loop {
                c18 += 1;
                if c18 > 2 { break 10; }
                tokio::join!(W::new(&ctx, 19, 3), W::new(&ctx, 20, 2), async { W::new(&ctx, 21, 0).await; ctx.log("j21"); });
                yield_!(Ok(22));
                yield_!(Ok(23));
                yield_!(Ok(24));
            };
            ctx.log(format!("b18={b18}"));
            let mut c25 = 0;
            while c25 < 3 {
                c25 += 1;
                let Some(v26) = ctx.opt(26, 0b10, 2) else {
                    yield_!(Ok(27));
                    yield_!(Ok(28));
                    return;
                };
                ctx.log(format!("L{v26}"));
            }
        }
        _ = W::new(&ctx, 29, 2) => {
            ctx.log("s30");
        }
    }
}
