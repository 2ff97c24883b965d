// finding: R2-cancel-in-join+R3-cancel-in-select
// seed: 1000262
// expect `take 0 mid 1 cancel` => gaveup w3x w16x w26x t1 t1. t31 t31. cancel=Ok
// expect `take 0 mid 2 cancel` => gaveup w3x w16x w26x t1 t1. t31 t31. cancel=Ok
// expect `take 2 mid 1 cancel` => w3- w16x w26x w5- w6- w7- item Err(8) w5- w6- w7- item Err(8) b4=20 w9- j9 gaveup w10x t1 t1. t31 t31. cancel=Ok
// expect `take 2 mid 2 cancel` => w3- w16x w26x w5- w6- w7- item Err(8) w5- w6- w7- item Err(8) b4=20 w9- j9 gaveup w10x t1 t1. t31 t31. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t31");
        ctx.log("t31.");
    }
    teardown! {
        ctx.log("t1");
        ctx.log("t1.");
    }
    if ctx.ch(2, 0b101, 4) {
        tokio::select! {
            _ = W::new(&ctx, 3, 2) => {
                let mut c4 = 0;
                let b4: u32 = 'l4: loop {
                    c4 += 1;
                    if c4 > 2 { break 20; }
                    W::new(&ctx, 5, 3).await;
                    W::new(&ctx, 6, 3).await;
                    W::new(&ctx, 7, 3).await;
                    yield_!(Err(8));
                };
                ctx.log(format!("b4={b4}"));
                tokio::join!(async { W::new(&ctx, 9, 0).await; ctx.log("j9"); }, W::new(&ctx, 10, 2));
                yield_!(Ok(11));
                let Some(v12) = ctx.opt(12, 0b11, 2) else {
                    yield_!(Ok(13));
                    W::new(&ctx, 14, 2).await;
                    W::new(&ctx, 15, 0).await;
                    return;
                };
                ctx.log(format!("L{v12}"));
            }
            _ = W::new(&ctx, 16, 3), if ctx.ch(17, 0b101, 3) => {
                let m18: u32 = match ctx.pick(18, 1, 3) {
                    0 => {
                        W::new(&ctx, 19, 0).await;
                        yield_!(Ok(20));
                        35
                    }
                    1 => {
                        yield_!(Ok(21));
                        W::new(&ctx, 22, 1).await;
                        ctx.log("s23");
                        return;
                        ctx.log("s24");
                        return;
                    }
                    _ => {
                        yield_!(Ok(25));
                        36
                    }
                };
                ctx.log(format!("m18={m18}"));
            }
            _ = W::new(&ctx, 26, 0), if ctx.ch(27, 0b0, 1) => {
                ctx.check(28, 0b1110, 4)?;
            }
            else => {
                ctx.log("s29");
                return;
            }
        }
    } else {
        ctx.log("s30");
    }
    return;
}
