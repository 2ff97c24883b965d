// finding: F1-return-in-select-try-mode+F2-teardown-in-let-else
// seed: 1000093
// expect `drain` => w7- w2x w15x item Ok(9) item Ok(13) item Err(14) end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => gaveup w7- w2x w15x close=Ok
// expect `take 0 mid 1 cancel` => gaveup w2x w7x w15x cancel=Ok
// expect `take 0 mid 2 close` => w7- w2x w15x item Ok(9) close=Ok
// expect `take 0 mid 2 cancel` => w7- w2x w15x item Ok(9) cancel=Ok
// expect `take 0 mid 3 close` => w7- w2x w15x item Ok(9) close=Ok
// expect `take 0 mid 3 cancel` => w7- w2x w15x item Ok(9) cancel=Ok
// expect `take 1 close` => w7- w2x w15x item Ok(9) close=Ok
// expect `take 1 cancel` => w7- w2x w15x item Ok(9) cancel=Ok
// expect `take 1 mid 1 close` => w7- w2x w15x item Ok(9) item Ok(13) close=Ok
// expect `take 1 mid 1 cancel` => w7- w2x w15x item Ok(9) item Ok(13) cancel=Ok
// expect `take 1 mid 2 close` => w7- w2x w15x item Ok(9) item Ok(13) close=Ok
// expect `take 1 mid 2 cancel` => w7- w2x w15x item Ok(9) item Ok(13) cancel=Ok
// expect `take 1 mid 3 close` => w7- w2x w15x item Ok(9) item Ok(13) close=Ok
// expect `take 1 mid 3 cancel` => w7- w2x w15x item Ok(9) item Ok(13) cancel=Ok
// expect `take 2 close` => w7- w2x w15x item Ok(9) item Ok(13) close=Ok
// expect `take 2 cancel` => w7- w2x w15x item Ok(9) item Ok(13) cancel=Ok
// expect `take 2 mid 1 close` => w7- w2x w15x item Ok(9) item Ok(13) item Err(14) close=Ok
// expect `take 2 mid 1 cancel` => w7- w2x w15x item Ok(9) item Ok(13) item Err(14) cancel=Ok
// expect `take 2 mid 2 close` => w7- w2x w15x item Ok(9) item Ok(13) item Err(14) close=Ok
// expect `take 2 mid 2 cancel` => w7- w2x w15x item Ok(9) item Ok(13) item Err(14) cancel=Ok
// expect `take 2 mid 3 close` => w7- w2x w15x item Ok(9) item Ok(13) item Err(14) close=Ok
// expect `take 2 mid 3 cancel` => w7- w2x w15x item Ok(9) item Ok(13) item Err(14) cancel=Ok
// expect `take 4 mid 6 close` => w7- w2x w15x item Ok(9) item Ok(13) item Err(14) end close=Ok
// expect `take 5 close` => w7- w2x w15x item Ok(9) item Ok(13) item Err(14) end close=Ok
// expect `take 4 mid 1 cancel` => w7- w2x w15x item Ok(9) item Ok(13) item Err(14) end cancel=Ok
// expect `take 5 cancel` => w7- w2x w15x item Ok(9) item Ok(13) item Err(14) end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    match ctx.pick(1, 0, 3) {
        0 => {
            tokio::select! {
                biased;
                _ = W::new(&ctx, 2, 2) => {
                    {
                        yield_!(Ok(4));
                        W::new(&ctx, 5, 2).await;
                        ctx.check(6, 0b11, 3)?;
                    }
                }
                _ = W::new(&ctx, 7, 1) => {
                    if ctx.ch(8, 0b1, 2) {
                        yield_!(Ok(9));
                    } else {
                        ctx.check(10, 0b0, 2)?;
                        W::new(&ctx, 11, 1).await;
                        yield_!(Err(12));
                    }
                    yield_!(Ok(13));
                    yield_!(Err(14));
                    return;
                }
                _ = W::new(&ctx, 15, 1) => {
                    tokio::select! {
                        _ = W::new(&ctx, 16, 3) => {
                            yield_!(Ok(17));
                            ctx.check(18, 0b1, 4)?;
                        }
                        _ = W::new(&ctx, 19, 1) => {
                            yield_!(Err(20));
                        }
                    }
                    ctx.check(21, 0b1, 1)?;
                    W::new(&ctx, 22, 1).await;
                }
            }
            ctx.log("s23");
            let Some(v24) = ctx.opt(24, 0b1010, 4) else {
                ctx.log("s25");
                teardown! {
                    ctx.log("t26");
                    W::new(&ctx, 27, 2).await;
                    ctx.log("t26.");
                }
                yield_!(Err(28));
                return;
            };
            ctx.log(format!("L{v24}"));
            tokio::try_join!(W::new(&ctx, 29, 0).ok(), W::new(&ctx, 30, 3).fail(30))?;
        }
        1 => {
            if ctx.ch(31, 0b11, 3) {
                ctx.log("s32");
            } else {
                ctx.log("s33");
            }
        }
        _ => {
            ctx.log("s34");
        }
    }
}
