// finding: F1-return-in-select-try-mode
// seed: 1000002
// expect `drain` => w1- w4x s2 item Ok(3) end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => gaveup w1- w4x s2 close=Ok
// expect `take 0 mid 1 cancel` => gaveup w1x w4x cancel=Ok
// expect `take 0 mid 2 close` => gaveup w1- w4x s2 close=Ok
// expect `take 0 mid 2 cancel` => gaveup w1x w4x cancel=Ok
// expect `take 0 mid 3 close` => w1- w4x s2 item Ok(3) close=Ok
// expect `take 0 mid 3 cancel` => w1- w4x s2 item Ok(3) cancel=Ok
// expect `take 1 close` => w1- w4x s2 item Ok(3) close=Ok
// expect `take 1 cancel` => w1- w4x s2 item Ok(3) cancel=Ok
// expect `take 1 mid 1 close` => w1- w4x s2 item Ok(3) end close=Ok
// expect `take 1 mid 1 cancel` => w1- w4x s2 item Ok(3) end cancel=Ok
// expect `take 1 mid 2 close` => w1- w4x s2 item Ok(3) end close=Ok
// expect `take 1 mid 2 cancel` => w1- w4x s2 item Ok(3) end cancel=Ok
// expect `take 1 mid 3 close` => w1- w4x s2 item Ok(3) end close=Ok
// expect `take 1 mid 3 cancel` => w1- w4x s2 item Ok(3) end cancel=Ok
// expect `take 2 close` => w1- w4x s2 item Ok(3) end close=Ok
// expect `take 2 cancel` => w1- w4x s2 item Ok(3) end cancel=Ok
// expect `take 2 mid 1 close` => w1- w4x s2 item Ok(3) end close=Ok
// expect `take 2 mid 1 cancel` => w1- w4x s2 item Ok(3) end cancel=Ok
// expect `take 2 mid 2 close` => w1- w4x s2 item Ok(3) end close=Ok
// expect `take 2 mid 2 cancel` => w1- w4x s2 item Ok(3) end cancel=Ok
// expect `take 2 mid 3 close` => w1- w4x s2 item Ok(3) end close=Ok
// expect `take 2 mid 3 cancel` => w1- w4x s2 item Ok(3) end cancel=Ok
// expect `take 4 close` => w1- w4x s2 item Ok(3) end close=Ok
// expect `take 3 close` => w1- w4x s2 item Ok(3) end close=Ok
// expect `take 8 mid 1 cancel` => w1- w4x s2 item Ok(3) end cancel=Ok
// expect `take 7 cancel` => w1- w4x s2 item Ok(3) end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    tokio::select! {
        _ = W::new(&ctx, 1, 2) => {
            ctx.log("s2");
            yield_!(Ok(3));
        }
        _ = W::new(&ctx, 4, 3), if ctx.ch(5, 0b0, 2) => {
            W::new(&ctx, 6, 1).await;
            if ctx.ch(7, 0b1, 4) {
                tokio::select! {
                    _ = W::new(&ctx, 8, 3) => {
                        W::new(&ctx, 9, 0).await;
                        W::new(&ctx, 10, 0).await;
                        W::new(&ctx, 11, 0).await;
                        W::new(&ctx, 12, 0).await;
                    }
                    _ = W::new(&ctx, 13, 0), if ctx.ch(14, 0b11, 2) => {
                        W::new(&ctx, 15, 0).await;
                        ctx.check(16, 0b101, 3)?;
                        yield_!(Ok(17));
                        W::new(&ctx, 18, 0).await;
                    }
                    else => {
                        yield_!(Err(19));
                        W::new(&ctx, 20, 3).await;
                        yield_!(Err(21));
                    }
                }
                let Some(v22) = ctx.opt(22, 0b10, 3) else {
                    W::new(&ctx, 23, 3).await;
                    yield_!(Ok(24));
                    yield_!(Ok(25));
                    yield_!(Ok(26));
                    return;
                };
                ctx.log(format!("L{v22}"));
                let b27: u32 = 'l27: {
                    ctx.log("s28");
                    return;
                    24
                };
                ctx.log(format!("b27={b27}"));
            } else {
                ctx.log("s29");
            }
        }
    }
}
