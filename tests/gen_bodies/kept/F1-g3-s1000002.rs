// finding: F1-return-in-select-try-mode
// seed: 1000002
// expect `drain` => w1- w3x item Ok(2) end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 drop` => drop
// expect `take 0 mid 1 close` => gaveup w1- w3x close=Ok
// expect `take 0 mid 1 cancel` => gaveup w1x w3x cancel=Ok
// expect `take 0 mid 1 drop` => gaveup drop w1x w3x
// expect `take 0 mid 2 close` => w1- w3x item Ok(2) close=Ok
// expect `take 0 mid 2 cancel` => w1- w3x item Ok(2) cancel=Ok
// expect `take 0 mid 2 drop` => w1- w3x item Ok(2) drop
// expect `take 0 mid 3 close` => w1- w3x item Ok(2) close=Ok
// expect `take 0 mid 3 cancel` => w1- w3x item Ok(2) cancel=Ok
// expect `take 0 mid 3 drop` => w1- w3x item Ok(2) drop
// expect `take 1 close` => w1- w3x item Ok(2) close=Ok
// expect `take 1 cancel` => w1- w3x item Ok(2) cancel=Ok
// expect `take 1 drop` => w1- w3x item Ok(2) drop
// expect `take 1 mid 1 close` => w1- w3x item Ok(2) end close=Ok
// expect `take 1 mid 1 cancel` => w1- w3x item Ok(2) end cancel=Ok
// expect `take 1 mid 1 drop` => w1- w3x item Ok(2) end drop
// expect `take 1 mid 2 close` => w1- w3x item Ok(2) end close=Ok
// expect `take 1 mid 2 cancel` => w1- w3x item Ok(2) end cancel=Ok
// expect `take 1 mid 2 drop` => w1- w3x item Ok(2) end drop
// expect `take 1 mid 3 close` => w1- w3x item Ok(2) end close=Ok
// expect `take 1 mid 3 cancel` => w1- w3x item Ok(2) end cancel=Ok
// expect `take 1 mid 3 drop` => w1- w3x item Ok(2) end drop
// expect `take 2 close` => w1- w3x item Ok(2) end close=Ok
// expect `take 2 cancel` => w1- w3x item Ok(2) end cancel=Ok
// expect `take 2 drop` => w1- w3x item Ok(2) end drop
// expect `take 2 mid 1 close` => w1- w3x item Ok(2) end close=Ok
// expect `take 2 mid 1 cancel` => w1- w3x item Ok(2) end cancel=Ok
// expect `take 2 mid 1 drop` => w1- w3x item Ok(2) end drop
// expect `take 2 mid 2 close` => w1- w3x item Ok(2) end close=Ok
// expect `take 2 mid 2 cancel` => w1- w3x item Ok(2) end cancel=Ok
// expect `take 2 mid 2 drop` => w1- w3x item Ok(2) end drop
// expect `take 2 mid 3 close` => w1- w3x item Ok(2) end close=Ok
// expect `take 2 mid 3 cancel` => w1- w3x item Ok(2) end cancel=Ok
// expect `take 2 mid 3 drop` => w1- w3x item Ok(2) end drop
// expect `take 4 close` => w1- w3x item Ok(2) end close=Ok
// expect `take 3 close` => w1- w3x item Ok(2) end close=Ok
// expect `take 8 mid 1 cancel` => w1- w3x item Ok(2) end cancel=Ok
// expect `take 7 cancel` => w1- w3x item Ok(2) end cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    tokio::select! {
        _ = W::new(&ctx, 1, 1) => {
            yield_!(Ok(2));
        }
        _ = W::new(&ctx, 3, 3), if ctx.ch(4, 0b0, 2) => {
            W::new(&ctx, 5, 1).await;
            if ctx.ch(6, 0b1, 4) {
                tokio::select! {
                    biased;
                    _ = W::new(&ctx, 7, 1) => {
                        W::new(&ctx, 8, 0).await;
                        W::new(&ctx, 9, 0).await;
                    }
                    _ = W::new(&ctx, 10, 2) => {
                        W::new(&ctx, 11, 0).await;
                    }
                    _ = W::new(&ctx, 12, 0), if ctx.ch(13, 0b11, 2) => {
                        W::new(&ctx, 14, 0).await;
                        ctx.check(15, 0b101, 3)?;
                        yield_!(Ok(16));
                        W::new(&ctx, 17, 0).await;
                    }
                    else => {
                        yield_!(Err(18));
                        W::new(&ctx, 19, 3).await;
                        yield_!(Err(20));
                    }
                }
                let Some(v21) = ctx.opt(21, 0b10, 3) else {
                    W::new(&ctx, 22, 3).await;
                    yield_!(Ok(23));
                    yield_!(Ok(24));
                    yield_!(Ok(25));
                    return;
                };
                ctx.log(format!("L{v21}"));
                let b26: u32 = 'l26: {
                    ctx.log("s27");
                    26
                };
                ctx.log(format!("b26={b26}"));
            } else {
                let mut c28 = 0;
                let b28: u32 = loop {
                    c28 += 1;
                    if c28 > 1 { break 10; }
                    ctx.log("s29");
                };
                ctx.log(format!("b28={b28}"));
            }
        }
    }
    return;
}
