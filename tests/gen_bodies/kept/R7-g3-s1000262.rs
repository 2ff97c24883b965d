// finding: R7-cancel-in-try-join
// seed: 1000262
// expect `take 1 mid 1 cancel` => w5- w3x w6- item Err(8) gaveup w9x w10x t1 t1. t27 t27. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t27");
        ctx.log("t27.");
    }
    teardown! {
        ctx.log("t1");
        ctx.log("t1.");
    }
    if ctx.ch(2, 0b101, 4) {
        tokio::select! {
            _ = W::new(&ctx, 3, 3) => {
                yield_!(Ok(4));
                return;
            }
            _ = W::new(&ctx, 5, 0) => {
                W::new(&ctx, 6, 3).await;
                let Some(v7) = ctx.opt(7, 0b110, 4) else {
                    yield_!(Err(8));
                    tokio::try_join!(W::new(&ctx, 9, 1).fail(9), W::new(&ctx, 10, 2).ok())?;
                    yield_!(Ok(11));
                    yield_!(Ok(12));
                    return;
                };
                ctx.log(format!("L{v7}"));
                W::new(&ctx, 13, 2).await;
                let Some(v14) = ctx.opt(14, 0b111, 3) else {
                    W::new(&ctx, 15, 0).await;
                    return;
                };
                ctx.log(format!("L{v14}"));
            }
            else => {
                for _ in 0..2 {
                    yield_!(Ok(17));
                    W::new(&ctx, 18, 0).await;
                    yield_!(Ok(19));
                    yield_!(Ok(20));
                }
                let mut c21 = 0;
                let b21: u32 = 'l21: loop {
                    c21 += 1;
                    if c21 > 3 { break 49; }
                    ctx.log("s22");
                    ctx.log("s23");
                };
                ctx.log(format!("b21={b21}"));
                let mut c24 = 0;
                loop {
                    c24 += 1;
                    if c24 > 0 { break; }
                    ctx.log("s25");
                }
            }
        }
    } else {
        ctx.log("s26");
    }
}
