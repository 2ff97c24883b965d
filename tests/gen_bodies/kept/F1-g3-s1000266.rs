// finding: F1-return-in-select-try-mode
// seed: 1000266
// expect `drain` => s3 t2 t2. b1=43 w4- w6x w20x item Err(5) end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 drop` => drop
// expect `take 0 mid 1 close` => s3 t2 t2. b1=43 gaveup w4- w6x w20x close=Ok
// expect `take 0 mid 1 cancel` => s3 t2 t2. b1=43 gaveup w4x w6x w20x cancel=Ok
// expect `take 0 mid 1 drop` => s3 t2 t2. b1=43 gaveup drop w4x w6x w20x
// expect `take 0 mid 2 close` => s3 t2 t2. b1=43 w4- w6x w20x item Err(5) close=Ok
// expect `take 0 mid 2 cancel` => s3 t2 t2. b1=43 w4- w6x w20x item Err(5) cancel=Ok
// expect `take 0 mid 2 drop` => s3 t2 t2. b1=43 w4- w6x w20x item Err(5) drop
// expect `take 0 mid 3 close` => s3 t2 t2. b1=43 w4- w6x w20x item Err(5) close=Ok
// expect `take 0 mid 3 cancel` => s3 t2 t2. b1=43 w4- w6x w20x item Err(5) cancel=Ok
// expect `take 0 mid 3 drop` => s3 t2 t2. b1=43 w4- w6x w20x item Err(5) drop
// expect `take 1 close` => s3 t2 t2. b1=43 w4- w6x w20x item Err(5) close=Ok
// expect `take 1 cancel` => s3 t2 t2. b1=43 w4- w6x w20x item Err(5) cancel=Ok
// expect `take 1 drop` => s3 t2 t2. b1=43 w4- w6x w20x item Err(5) drop
// expect `take 1 mid 1 close` => s3 t2 t2. b1=43 w4- w6x w20x item Err(5) end close=Ok
// expect `take 1 mid 1 cancel` => s3 t2 t2. b1=43 w4- w6x w20x item Err(5) end cancel=Ok
// expect `take 1 mid 1 drop` => s3 t2 t2. b1=43 w4- w6x w20x item Err(5) end drop
// expect `take 1 mid 2 close` => s3 t2 t2. b1=43 w4- w6x w20x item Err(5) end close=Ok
// expect `take 1 mid 2 cancel` => s3 t2 t2. b1=43 w4- w6x w20x item Err(5) end cancel=Ok
// expect `take 1 mid 2 drop` => s3 t2 t2. b1=43 w4- w6x w20x item Err(5) end drop
// expect `take 1 mid 3 close` => s3 t2 t2. b1=43 w4- w6x w20x item Err(5) end close=Ok
// expect `take 1 mid 3 cancel` => s3 t2 t2. b1=43 w4- w6x w20x item Err(5) end cancel=Ok
// expect `take 1 mid 3 drop` => s3 t2 t2. b1=43 w4- w6x w20x item Err(5) end drop
// expect `take 2 close` => s3 t2 t2. b1=43 w4- w6x w20x item Err(5) end close=Ok
// expect `take 2 cancel` => s3 t2 t2. b1=43 w4- w6x w20x item Err(5) end cancel=Ok
// expect `take 2 drop` => s3 t2 t2. b1=43 w4- w6x w20x item Err(5) end drop
// expect `take 2 mid 1 close` => s3 t2 t2. b1=43 w4- w6x w20x item Err(5) end close=Ok
// expect `take 2 mid 1 cancel` => s3 t2 t2. b1=43 w4- w6x w20x item Err(5) end cancel=Ok
// expect `take 2 mid 1 drop` => s3 t2 t2. b1=43 w4- w6x w20x item Err(5) end drop
// expect `take 2 mid 2 close` => s3 t2 t2. b1=43 w4- w6x w20x item Err(5) end close=Ok
// expect `take 2 mid 2 cancel` => s3 t2 t2. b1=43 w4- w6x w20x item Err(5) end cancel=Ok
// expect `take 2 mid 2 drop` => s3 t2 t2. b1=43 w4- w6x w20x item Err(5) end drop
// expect `take 2 mid 3 close` => s3 t2 t2. b1=43 w4- w6x w20x item Err(5) end close=Ok
// expect `take 2 mid 3 cancel` => s3 t2 t2. b1=43 w4- w6x w20x item Err(5) end cancel=Ok
// expect `take 2 mid 3 drop` => s3 t2 t2. b1=43 w4- w6x w20x item Err(5) end drop
// expect `take 3 mid 1 cancel` => s3 t2 t2. b1=43 w4- w6x w20x item Err(5) end cancel=Ok
// expect `take 5 mid 6 cancel` => s3 t2 t2. b1=43 w4- w6x w20x item Err(5) end cancel=Ok
// expect `take 8 mid 5 close` => s3 t2 t2. b1=43 w4- w6x w20x item Err(5) end close=Ok
// expect `take 5 mid 4 close` => s3 t2 t2. b1=43 w4- w6x w20x item Err(5) end close=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    let b1: u32 = 'l1: {
        teardown! {
            ctx.log("t2");
            ctx.log("t2.");
        }
        ctx.log("s3");
        43
    };
    ctx.log(format!("b1={b1}"));
    tokio::select! {
        _ = W::new(&ctx, 4, 1) => {
            yield_!(Err(5));
        }
        _ = W::new(&ctx, 6, 3) => {
            let m7: u32 = match ctx.pick(7, 0, 3) {
                0 => {
                    let mut c8 = 0;
                    while c8 < 2 {
                        c8 += 1;
                        ctx.check(9, 0b0, 4)?;
                        W::new(&ctx, 10, 2).await;
                        ctx.log("s11");
                    }
                    match ctx.pick(12, 1, 3) {
                        0 => {
                            yield_!(Ok(13));
                            ctx.check(14, 0b10, 2)?;
                        }
                        1 => {
                            yield_!(Ok(15));
                            return;
                        }
                        _ => {
                            W::new(&ctx, 16, 0).await;
                        }
                    }
                    return;
                    ctx.log("s17");
                    43
                }
                1 => {
                    ctx.log("s18");
                    32
                }
                _ => {
                    ctx.log("s19");
                    9
                }
            };
            ctx.log(format!("m7={m7}"));
        }
        _ = W::new(&ctx, 20, 2) => {
            ctx.log("s21");
            return;
        }
    }
}
