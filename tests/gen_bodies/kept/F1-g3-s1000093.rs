// finding: F1-return-in-select-try-mode
// seed: 1000093
// expect `drain` => w7- w2x w15x item Ok(9) item Ok(13) item Err(14) end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 drop` => drop
// expect `take 0 mid 1 close` => gaveup w7- w2x w15x close=Ok
// expect `take 0 mid 1 cancel` => gaveup w2x w7x w15x cancel=Ok
// expect `take 0 mid 1 drop` => gaveup drop w2x w7x w15x
// expect `take 0 mid 2 close` => w7- w2x w15x item Ok(9) close=Ok
// expect `take 0 mid 2 cancel` => w7- w2x w15x item Ok(9) cancel=Ok
// expect `take 0 mid 2 drop` => w7- w2x w15x item Ok(9) drop
// expect `take 0 mid 3 close` => w7- w2x w15x item Ok(9) close=Ok
// expect `take 0 mid 3 cancel` => w7- w2x w15x item Ok(9) cancel=Ok
// expect `take 0 mid 3 drop` => w7- w2x w15x item Ok(9) drop
// expect `take 1 close` => w7- w2x w15x item Ok(9) close=Ok
// expect `take 1 cancel` => w7- w2x w15x item Ok(9) cancel=Ok
// expect `take 1 drop` => w7- w2x w15x item Ok(9) drop
// expect `take 1 mid 1 close` => w7- w2x w15x item Ok(9) item Ok(13) close=Ok
// expect `take 1 mid 1 cancel` => w7- w2x w15x item Ok(9) item Ok(13) cancel=Ok
// expect `take 1 mid 1 drop` => w7- w2x w15x item Ok(9) item Ok(13) drop
// expect `take 1 mid 2 close` => w7- w2x w15x item Ok(9) item Ok(13) close=Ok
// expect `take 1 mid 2 cancel` => w7- w2x w15x item Ok(9) item Ok(13) cancel=Ok
// expect `take 1 mid 2 drop` => w7- w2x w15x item Ok(9) item Ok(13) drop
// expect `take 1 mid 3 close` => w7- w2x w15x item Ok(9) item Ok(13) close=Ok
// expect `take 1 mid 3 cancel` => w7- w2x w15x item Ok(9) item Ok(13) cancel=Ok
// expect `take 1 mid 3 drop` => w7- w2x w15x item Ok(9) item Ok(13) drop
// expect `take 2 close` => w7- w2x w15x item Ok(9) item Ok(13) close=Ok
// expect `take 2 cancel` => w7- w2x w15x item Ok(9) item Ok(13) cancel=Ok
// expect `take 2 drop` => w7- w2x w15x item Ok(9) item Ok(13) drop
// expect `take 2 mid 1 close` => w7- w2x w15x item Ok(9) item Ok(13) item Err(14) close=Ok
// expect `take 2 mid 1 cancel` => w7- w2x w15x item Ok(9) item Ok(13) item Err(14) cancel=Ok
// expect `take 2 mid 1 drop` => w7- w2x w15x item Ok(9) item Ok(13) item Err(14) drop
// expect `take 2 mid 2 close` => w7- w2x w15x item Ok(9) item Ok(13) item Err(14) close=Ok
// expect `take 2 mid 2 cancel` => w7- w2x w15x item Ok(9) item Ok(13) item Err(14) cancel=Ok
// expect `take 2 mid 2 drop` => w7- w2x w15x item Ok(9) item Ok(13) item Err(14) drop
// expect `take 2 mid 3 close` => w7- w2x w15x item Ok(9) item Ok(13) item Err(14) close=Ok
// expect `take 2 mid 3 cancel` => w7- w2x w15x item Ok(9) item Ok(13) item Err(14) cancel=Ok
// expect `take 2 mid 3 drop` => w7- w2x w15x item Ok(9) item Ok(13) item Err(14) drop
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
                    'l21: for _ in 0..2 {
                        ctx.log("s22");
                        W::new(&ctx, 23, 2).await;
                        continue 'l21;
                    }
                    ctx.check(24, 0b1, 1)?;
                    return;
                }
            }
            W::new(&ctx, 25, 0).await;
            'l26: {
                let b27: u32 = 'l27: {
                    teardown! {
                        ctx.log("t28");
                        W::new(&ctx, 29, 2).await;
                        ctx.log("t28.");
                    }
                    tokio::join!(W::new(&ctx, 30, 1), async { W::new(&ctx, 31, 2).await; ctx.log("j31"); });
                    45
                };
                ctx.log(format!("b27={b27}"));
            }
            return;
        }
        1 => {
            ctx.log("s32");
        }
        _ => {
            ctx.log("s33");
        }
    }
}
