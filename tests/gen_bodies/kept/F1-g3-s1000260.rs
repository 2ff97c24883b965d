// finding: F1-return-in-select-try-mode
// seed: 1000260
// expect `drain` => w1- w24x s13 w14- item Err(15) end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 drop` => drop
// expect `take 0 mid 1 close` => gaveup w1- w24x s13 w14- close=Err(15)
// expect `take 0 mid 1 cancel` => gaveup w1x w24x cancel=Ok
// expect `take 0 mid 1 drop` => gaveup drop w1x w24x
// expect `take 0 mid 2 close` => gaveup w1- w24x s13 w14- close=Err(15)
// expect `take 0 mid 2 cancel` => gaveup w1x w24x cancel=Ok
// expect `take 0 mid 2 drop` => gaveup drop w1x w24x
// expect `take 0 mid 3 close` => w1- w24x s13 w14- item Err(15) close=Ok
// expect `take 0 mid 3 cancel` => w1- w24x s13 w14- item Err(15) cancel=Ok
// expect `take 0 mid 3 drop` => w1- w24x s13 w14- item Err(15) drop
// expect `take 1 close` => w1- w24x s13 w14- item Err(15) close=Ok
// expect `take 1 cancel` => w1- w24x s13 w14- item Err(15) cancel=Ok
// expect `take 1 drop` => w1- w24x s13 w14- item Err(15) drop
// expect `take 1 mid 1 close` => w1- w24x s13 w14- item Err(15) end close=Ok
// expect `take 1 mid 1 cancel` => w1- w24x s13 w14- item Err(15) end cancel=Ok
// expect `take 1 mid 1 drop` => w1- w24x s13 w14- item Err(15) end drop
// expect `take 1 mid 2 close` => w1- w24x s13 w14- item Err(15) end close=Ok
// expect `take 1 mid 2 cancel` => w1- w24x s13 w14- item Err(15) end cancel=Ok
// expect `take 1 mid 2 drop` => w1- w24x s13 w14- item Err(15) end drop
// expect `take 1 mid 3 close` => w1- w24x s13 w14- item Err(15) end close=Ok
// expect `take 1 mid 3 cancel` => w1- w24x s13 w14- item Err(15) end cancel=Ok
// expect `take 1 mid 3 drop` => w1- w24x s13 w14- item Err(15) end drop
// expect `take 2 close` => w1- w24x s13 w14- item Err(15) end close=Ok
// expect `take 2 cancel` => w1- w24x s13 w14- item Err(15) end cancel=Ok
// expect `take 2 drop` => w1- w24x s13 w14- item Err(15) end drop
// expect `take 2 mid 1 close` => w1- w24x s13 w14- item Err(15) end close=Ok
// expect `take 2 mid 1 cancel` => w1- w24x s13 w14- item Err(15) end cancel=Ok
// expect `take 2 mid 1 drop` => w1- w24x s13 w14- item Err(15) end drop
// expect `take 2 mid 2 close` => w1- w24x s13 w14- item Err(15) end close=Ok
// expect `take 2 mid 2 cancel` => w1- w24x s13 w14- item Err(15) end cancel=Ok
// expect `take 2 mid 2 drop` => w1- w24x s13 w14- item Err(15) end drop
// expect `take 2 mid 3 close` => w1- w24x s13 w14- item Err(15) end close=Ok
// expect `take 2 mid 3 cancel` => w1- w24x s13 w14- item Err(15) end cancel=Ok
// expect `take 2 mid 3 drop` => w1- w24x s13 w14- item Err(15) end drop
// expect `take 4 close` => w1- w24x s13 w14- item Err(15) end close=Ok
// expect `take 6 mid 1 cancel` => w1- w24x s13 w14- item Err(15) end cancel=Ok
// expect `take 6 close` => w1- w24x s13 w14- item Err(15) end close=Ok
// expect `take 8 mid 2 close` => w1- w24x s13 w14- item Err(15) end close=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    futures::select_biased! {
        _ = W::new(&ctx, 1, 2).fuse() => {
            match ctx.pick(2, 1, 3) {
                0 => {
                    let b3: u32 = 'l3: {
                        ctx.log("s4");
                        break 'l3 45;
                        0
                    };
                    ctx.log(format!("b3={b3}"));
                    return;
                }
                1 => {
                    match ctx.pick(5, 2, 3) {
                        0 => {
                            ctx.log("s6");
                        }
                        1 => {
                            yield_!(Ok(7));
                            yield_!(Ok(8));
                            futures::join!(W::new(&ctx, 9, 3), W::new(&ctx, 10, 0));
                            tokio::join!(W::new(&ctx, 11, 0), W::new(&ctx, 12, 3));
                        }
                        _ => {
                            ctx.log("s13");
                            W::new(&ctx, 14, 0).await;
                            ctx.check(15, 0b11, 4)?;
                            return;
                        }
                    }
                    for _ in 0..1 {
                        yield_!(Ok(17));
                        yield_!(Ok(18));
                    }
                    ctx.log("s19");
                    ctx.check(20, 0b110, 3)?;
                }
                _ => {
                    tokio::join!(W::new(&ctx, 21, 1), W::new(&ctx, 22, 2), W::new(&ctx, 23, 3));
                    return;
                }
            }
        }
        _ = W::new(&ctx, 24, 2).fuse() => {
            ctx.log("s25");
        }
    }
    return;
}
