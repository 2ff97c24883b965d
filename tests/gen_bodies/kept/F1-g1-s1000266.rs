// finding: F1-return-in-select-try-mode
// seed: 1000266
// expect `drain` => s3 t2 t2. b1=43 w19- w4x w21x s20 end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => s3 t2 t2. b1=43 gaveup w19- w4x w21x s20 close=Ok
// expect `take 0 mid 1 cancel` => s3 t2 t2. b1=43 gaveup w4x w19x w21x cancel=Ok
// expect `take 0 mid 2 close` => s3 t2 t2. b1=43 gaveup w19- w4x w21x s20 close=Ok
// expect `take 0 mid 2 cancel` => s3 t2 t2. b1=43 gaveup w4x w19x w21x cancel=Ok
// expect `take 0 mid 3 close` => s3 t2 t2. b1=43 w19- w4x w21x s20 end close=Ok
// expect `take 0 mid 3 cancel` => s3 t2 t2. b1=43 w19- w4x w21x s20 end cancel=Ok
// expect `take 1 close` => s3 t2 t2. b1=43 w19- w4x w21x s20 end close=Ok
// expect `take 1 cancel` => s3 t2 t2. b1=43 w19- w4x w21x s20 end cancel=Ok
// expect `take 1 mid 1 close` => s3 t2 t2. b1=43 w19- w4x w21x s20 end close=Ok
// expect `take 1 mid 1 cancel` => s3 t2 t2. b1=43 w19- w4x w21x s20 end cancel=Ok
// expect `take 1 mid 2 close` => s3 t2 t2. b1=43 w19- w4x w21x s20 end close=Ok
// expect `take 1 mid 2 cancel` => s3 t2 t2. b1=43 w19- w4x w21x s20 end cancel=Ok
// expect `take 1 mid 3 close` => s3 t2 t2. b1=43 w19- w4x w21x s20 end close=Ok
// expect `take 1 mid 3 cancel` => s3 t2 t2. b1=43 w19- w4x w21x s20 end cancel=Ok
// expect `take 2 close` => s3 t2 t2. b1=43 w19- w4x w21x s20 end close=Ok
// expect `take 2 cancel` => s3 t2 t2. b1=43 w19- w4x w21x s20 end cancel=Ok
// expect `take 2 mid 1 close` => s3 t2 t2. b1=43 w19- w4x w21x s20 end close=Ok
// expect `take 2 mid 1 cancel` => s3 t2 t2. b1=43 w19- w4x w21x s20 end cancel=Ok
// expect `take 2 mid 2 close` => s3 t2 t2. b1=43 w19- w4x w21x s20 end close=Ok
// expect `take 2 mid 2 cancel` => s3 t2 t2. b1=43 w19- w4x w21x s20 end cancel=Ok
// expect `take 2 mid 3 close` => s3 t2 t2. b1=43 w19- w4x w21x s20 end close=Ok
// expect `take 2 mid 3 cancel` => s3 t2 t2. b1=43 w19- w4x w21x s20 end cancel=Ok
// expect `take 3 mid 1 cancel` => s3 t2 t2. b1=43 w19- w4x w21x s20 end cancel=Ok
// expect `take 5 mid 6 cancel` => s3 t2 t2. b1=43 w19- w4x w21x s20 end cancel=Ok
// expect `take 8 mid 5 close` => s3 t2 t2. b1=43 w19- w4x w21x s20 end close=Ok
// expect `take 5 mid 4 close` => s3 t2 t2. b1=43 w19- w4x w21x s20 end close=Ok
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
        _ = W::new(&ctx, 4, 3) => {
            let Some(v5) = ctx.opt(5, 0b0, 3) else {
                W::new(&ctx, 6, 2).await;
                return;
            };
            ctx.log(format!("L{v5}"));
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
                            ctx.log("s16");
                            return;
                        }
                    }
                    32
                }
                1 => {
                    ctx.log("s17");
                    return;
                }
                _ => {
                    ctx.log("s18");
                    return;
                }
            };
            ctx.log(format!("m7={m7}"));
        }
        _ = W::new(&ctx, 19, 2) => {
            ctx.log("s20");
        }
        _ = W::new(&ctx, 21, 0), if ctx.ch(22, 0b0, 3) => {
            ctx.log("s23");
        }
        else => {
            ctx.log("s24");
        }
    }
}
