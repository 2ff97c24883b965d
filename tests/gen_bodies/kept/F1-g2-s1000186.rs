// finding: F1-return-in-select-try-mode
// seed: 1000186
// expect `drain` => item Ok(1) item Ok(2) s25 end
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
// expect `take 2 mid 1 close` => item Ok(1) item Ok(2) s25 end close=Ok
// expect `take 2 mid 1 cancel` => item Ok(1) item Ok(2) s25 end cancel=Ok
// expect `take 2 mid 2 close` => item Ok(1) item Ok(2) s25 end close=Ok
// expect `take 2 mid 2 cancel` => item Ok(1) item Ok(2) s25 end cancel=Ok
// expect `take 2 mid 3 close` => item Ok(1) item Ok(2) s25 end close=Ok
// expect `take 2 mid 3 cancel` => item Ok(1) item Ok(2) s25 end cancel=Ok
// expect `take 8 mid 1 close` => item Ok(1) item Ok(2) s25 end close=Ok
// expect `take 5 mid 4 close` => item Ok(1) item Ok(2) s25 end close=Ok
// expect `take 3 cancel` => item Ok(1) item Ok(2) s25 end cancel=Ok
// expect `take 8 cancel` => item Ok(1) item Ok(2) s25 end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    yield_!(Ok(1));
    yield_!(Ok(2));
    if ctx.ch(3, 0b0, 1) {
        yield_!(Ok(4));
        tokio::select! {
            biased;
            _ = W::new(&ctx, 5, 2), if ctx.ch(24, 0b11, 3) => {
                W::new(&ctx, 6, 1).await;
                yield_!(Ok(7));
                let m8: u32 = match ctx.pick(8, 0, 2) {
                    0 => {
                        tokio::try_join!(W::new(&ctx, 9, 3).ok(), W::new(&ctx, 10, 0).ok(), async { W::new(&ctx, 11, 2).await; ctx.log("j11"); Ok::<(), u32>(()) })?;
                        tokio::join!(W::new(&ctx, 12, 1), W::new(&ctx, 13, 0), W::new(&ctx, 14, 2));
                        33
                    }
                    _ => {
                        ctx.log("s15");
                        yield_!(Ok(16));
                        W::new(&ctx, 17, 3).await;
                        10
                    }
                };
                ctx.log(format!("m8={m8}"));
                ctx.log("s18");
            }
            _ = W::new(&ctx, 19, 1) => {
                let mut c20 = 0;
                let b20: u32 = 'l20: loop {
                    c20 += 1;
                    if c20 > 0 { break 42; }
                    yield_!(Ok(21));
                    futures::join!(W::new(&ctx, 22, 0), W::new(&ctx, 23, 3));
                };
                ctx.log(format!("b20={b20}"));
                return;
            }
        }
    } else {
        ctx.log("s25");
    }
}
