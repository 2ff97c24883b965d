// finding: F1-return-in-select-try-mode
// seed: 1000186
// expect `drain` => item Ok(1) item Ok(2) s22 end
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
// expect `take 1 mid 1 close` => item Ok(1) item Ok(2) close=Ok
// expect `take 1 mid 1 cancel` => item Ok(1) item Ok(2) cancel=Ok
// expect `take 1 mid 2 close` => item Ok(1) item Ok(2) close=Ok
// expect `take 1 mid 2 cancel` => item Ok(1) item Ok(2) cancel=Ok
// expect `take 1 mid 3 close` => item Ok(1) item Ok(2) close=Ok
// expect `take 1 mid 3 cancel` => item Ok(1) item Ok(2) cancel=Ok
// expect `take 2 close` => item Ok(1) item Ok(2) close=Ok
// expect `take 2 cancel` => item Ok(1) item Ok(2) cancel=Ok
// expect `take 2 mid 1 close` => item Ok(1) item Ok(2) s22 end close=Ok
// expect `take 2 mid 1 cancel` => item Ok(1) item Ok(2) s22 end cancel=Ok
// expect `take 2 mid 2 close` => item Ok(1) item Ok(2) s22 end close=Ok
// expect `take 2 mid 2 cancel` => item Ok(1) item Ok(2) s22 end cancel=Ok
// expect `take 2 mid 3 close` => item Ok(1) item Ok(2) s22 end close=Ok
// expect `take 2 mid 3 cancel` => item Ok(1) item Ok(2) s22 end cancel=Ok
// expect `take 8 mid 1 close` => item Ok(1) item Ok(2) s22 end close=Ok
// expect `take 5 mid 4 close` => item Ok(1) item Ok(2) s22 end close=Ok
// expect `take 3 cancel` => item Ok(1) item Ok(2) s22 end cancel=Ok
// expect `take 8 cancel` => item Ok(1) item Ok(2) s22 end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    yield_!(Ok(1));
    yield_!(Ok(2));
    if ctx.ch(3, 0b0, 1) {
        yield_!(Ok(4));
        tokio::select! {
            _ = W::new(&ctx, 5, 0) => {
                W::new(&ctx, 6, 1).await;
                yield_!(Ok(7));
                let m8: u32 = match ctx.pick(8, 0, 2) {
                    0 => {
                        tokio::join!(async { W::new(&ctx, 9, 3).await; ctx.log("j9"); }, async { W::new(&ctx, 10, 1).await; ctx.log("j10"); });
                        W::new(&ctx, 11, 0).await;
                        49
                    }
                    _ => {
                        ctx.check(12, 0b1, 1)?;
                        W::new(&ctx, 13, 0).await;
                        33
                    }
                };
                ctx.log(format!("m8={m8}"));
                yield_!(Ok(14));
            }
            _ = W::new(&ctx, 15, 2) => {
                let m16: u32 = match ctx.pick(16, 0, 2) {
                    0 => {
                        W::new(&ctx, 17, 1).await;
                        return;
                        ctx.log("s18");
                        21
                    }
                    _ => {
                        tokio::join!(W::new(&ctx, 19, 2), W::new(&ctx, 20, 0));
                        return;
                    }
                };
                ctx.log(format!("m16={m16}"));
                W::new(&ctx, 21, 2).await;
                return;
            }
        }
    } else {
        ctx.log("s22");
    }
}
