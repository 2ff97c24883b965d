// finding: F1-return-in-select-try-mode+F3-teardown-in-diverging-arm
// seed: 1000178
// expect `drain` => item Ok(1) s9 t7 w8- t7. item Err(10) end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => item Ok(1) close=Ok
// expect `take 0 mid 1 cancel` => item Ok(1) cancel=Ok
// expect `take 0 mid 2 close` => item Ok(1) close=Ok
// expect `take 0 mid 2 cancel` => item Ok(1) cancel=Ok
// expect `take 0 mid 3 close` => item Ok(1) close=Ok
// expect `take 0 mid 3 cancel` => item Ok(1) cancel=Ok
// expect `take 1 close` => item Ok(1) close=Ok
// expect `take 1 cancel` => item Ok(1) cancel=Ok
// expect `take 1 mid 1 close` => item Ok(1) s9 t7 gaveup w8- t7. close=Err(10)
// expect `take 1 mid 1 cancel` => item Ok(1) s9 t7 gaveup w8- t7. cancel=Err(10)
// expect `take 1 mid 2 close` => item Ok(1) s9 t7 w8- t7. item Err(10) close=Ok
// expect `take 1 mid 2 cancel` => item Ok(1) s9 t7 w8- t7. item Err(10) cancel=Ok
// expect `take 1 mid 3 close` => item Ok(1) s9 t7 w8- t7. item Err(10) close=Ok
// expect `take 1 mid 3 cancel` => item Ok(1) s9 t7 w8- t7. item Err(10) cancel=Ok
// expect `take 2 close` => item Ok(1) s9 t7 w8- t7. item Err(10) close=Ok
// expect `take 2 cancel` => item Ok(1) s9 t7 w8- t7. item Err(10) cancel=Ok
// expect `take 2 mid 1 close` => item Ok(1) s9 t7 w8- t7. item Err(10) end close=Ok
// expect `take 2 mid 1 cancel` => item Ok(1) s9 t7 w8- t7. item Err(10) end cancel=Ok
// expect `take 2 mid 2 close` => item Ok(1) s9 t7 w8- t7. item Err(10) end close=Ok
// expect `take 2 mid 2 cancel` => item Ok(1) s9 t7 w8- t7. item Err(10) end cancel=Ok
// expect `take 2 mid 3 close` => item Ok(1) s9 t7 w8- t7. item Err(10) end close=Ok
// expect `take 2 mid 3 cancel` => item Ok(1) s9 t7 w8- t7. item Err(10) end cancel=Ok
// expect `take 6 mid 1 cancel` => item Ok(1) s9 t7 w8- t7. item Err(10) end cancel=Ok
// expect `take 7 mid 6 close` => item Ok(1) s9 t7 w8- t7. item Err(10) end close=Ok
// expect `take 7 mid 4 close` => item Ok(1) s9 t7 w8- t7. item Err(10) end close=Ok
// expect `take 3 close` => item Ok(1) s9 t7 w8- t7. item Err(10) end close=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    yield_!(Ok(1));
    if ctx.ch(2, 0b11, 3) {
        ctx.check(3, 0b10, 3)?;
        let m4: u32 = match ctx.pick(4, 1, 3) {
            0 => {
                teardown! {
                    ctx.log("t5");
                    ctx.log("t5.");
                }
                ctx.log("s6");
                return;
            }
            1 => {
                teardown! {
                    ctx.log("t7");
                    W::new(&ctx, 8, 1).await;
                    ctx.log("t7.");
                }
                ctx.log("s9");
                ctx.check(10, 0b1101, 4)?;
                22
            }
            _ => {
                teardown! {
                    ctx.log("t11");
                    W::new(&ctx, 12, 1).await;
                    ctx.log("t11.");
                }
                {
                    yield_!(Ok(14));
                    W::new(&ctx, 15, 3).await;
                }
                ctx.log("s16");
                yield_!(Ok(17));
                return;
            }
        };
        ctx.log(format!("m4={m4}"));
        tokio::select! {
            _ = W::new(&ctx, 18, 2) => {
                tokio::select! {
                    biased;
                    _ = W::new(&ctx, 19, 0), if ctx.ch(28, 0b1010, 4) => {
                        W::new(&ctx, 20, 0).await;
                        yield_!(Ok(21));
                        yield_!(Ok(22));
                    }
                    _ = W::new(&ctx, 23, 2) => {
                        ctx.log("s24");
                        return;
                    }
                    _ = W::new(&ctx, 25, 2), if ctx.ch(26, 0b1, 1) => {
                        ctx.log("s27");
                    }
                }
            }
            _ = W::new(&ctx, 29, 1) => {
                ctx.log("s30");
            }
            _ = W::new(&ctx, 31, 3) => {
                ctx.log("s32");
            }
        }
    } else {
        ctx.log("s33");
    }
}
