// finding: F2-teardown-in-let-else
// seed: 1000105
// expect `drain` => s2 w4- w8x w13x w6- w7- j7 w16- t15 t15. t32 t32. end
// expect `take 0 close` => close=Ok
// expect `take 0 cancel` => cancel=Ok
// expect `take 0 mid 1 close` => s2 w4- w8x w13x w6- gaveup w7- j7 w16- t15 t15. t32 t32. close=Ok
// expect `take 0 mid 1 cancel` => s2 w4- w8x w13x w6- gaveup w7x t32 t32. cancel=Ok
// expect `take 0 mid 2 close` => s2 w4- w8x w13x w6- gaveup w7- j7 w16- t15 t15. t32 t32. close=Ok
// expect `take 0 mid 2 cancel` => s2 w4- w8x w13x w6- gaveup w7x t32 t32. cancel=Ok
// expect `take 0 mid 3 close` => s2 w4- w8x w13x w6- gaveup w7- j7 w16- t15 t15. t32 t32. close=Ok
// expect `take 0 mid 3 cancel` => s2 w4- w8x w13x w6- gaveup w7x t32 t32. cancel=Ok
// expect `take 1 close` => s2 w4- w8x w13x w6- w7- j7 w16- t15 t15. t32 t32. end close=Ok
// expect `take 1 cancel` => s2 w4- w8x w13x w6- w7- j7 w16- t15 t15. t32 t32. end cancel=Ok
// expect `take 1 mid 1 close` => s2 w4- w8x w13x w6- w7- j7 w16- t15 t15. t32 t32. end close=Ok
// expect `take 1 mid 1 cancel` => s2 w4- w8x w13x w6- w7- j7 w16- t15 t15. t32 t32. end cancel=Ok
// expect `take 1 mid 2 close` => s2 w4- w8x w13x w6- w7- j7 w16- t15 t15. t32 t32. end close=Ok
// expect `take 1 mid 2 cancel` => s2 w4- w8x w13x w6- w7- j7 w16- t15 t15. t32 t32. end cancel=Ok
// expect `take 1 mid 3 close` => s2 w4- w8x w13x w6- w7- j7 w16- t15 t15. t32 t32. end close=Ok
// expect `take 1 mid 3 cancel` => s2 w4- w8x w13x w6- w7- j7 w16- t15 t15. t32 t32. end cancel=Ok
// expect `take 2 close` => s2 w4- w8x w13x w6- w7- j7 w16- t15 t15. t32 t32. end close=Ok
// expect `take 2 cancel` => s2 w4- w8x w13x w6- w7- j7 w16- t15 t15. t32 t32. end cancel=Ok
// expect `take 2 mid 1 close` => s2 w4- w8x w13x w6- w7- j7 w16- t15 t15. t32 t32. end close=Ok
// expect `take 2 mid 1 cancel` => s2 w4- w8x w13x w6- w7- j7 w16- t15 t15. t32 t32. end cancel=Ok
// expect `take 2 mid 2 close` => s2 w4- w8x w13x w6- w7- j7 w16- t15 t15. t32 t32. end close=Ok
// expect `take 2 mid 2 cancel` => s2 w4- w8x w13x w6- w7- j7 w16- t15 t15. t32 t32. end cancel=Ok
// expect `take 2 mid 3 close` => s2 w4- w8x w13x w6- w7- j7 w16- t15 t15. t32 t32. end close=Ok
// expect `take 2 mid 3 cancel` => s2 w4- w8x w13x w6- w7- j7 w16- t15 t15. t32 t32. end cancel=Ok
// expect `take 3 mid 1 close` => s2 w4- w8x w13x w6- w7- j7 w16- t15 t15. t32 t32. end close=Ok
// expect `take 3 mid 3 cancel` => s2 w4- w8x w13x w6- w7- j7 w16- t15 t15. t32 t32. end cancel=Ok
// expect `take 5 mid 6 cancel` => s2 w4- w8x w13x w6- w7- j7 w16- t15 t15. t32 t32. end cancel=Ok
// expect `take 6 mid 4 close` => s2 w4- w8x w13x w6- w7- j7 w16- t15 t15. t32 t32. end close=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t32");
        ctx.log("t32.");
    }
    let Some(v1) = ctx.opt(1, 0b100, 4) else {
        ctx.log("s2");
        let Some(v3) = ctx.opt(3, 0b0, 1) else {
            tokio::select! {
                biased;
                _ = W::new(&ctx, 4, 0) => {
                    ctx.check(5, 0b100, 4)?;
                    tokio::join!(W::new(&ctx, 6, 0), async { W::new(&ctx, 7, 3).await; ctx.log("j7"); });
                }
                _ = W::new(&ctx, 8, 0) => {
                    yield_!(Ok(9));
                    W::new(&ctx, 10, 1).await;
                    W::new(&ctx, 11, 3).await;
                    ctx.check(12, 0b100, 3)?;
                    return;
                }
                _ = W::new(&ctx, 13, 0) => {
                    yield_!(Err(14));
                }
            }
            teardown! {
                ctx.log("t15");
                ctx.log("t15.");
            }
            W::new(&ctx, 16, 2).await;
            return;
        };
        ctx.log(format!("L{v3}"));
        for _ in 0..2 {
            match ctx.pick(18, 1, 2) {
                0 => {
                    yield_!(Err(19));
                    ctx.log("s20");
                    teardown! {
                        ctx.log("t21");
                        ctx.log("t21.");
                    }
                    ctx.log("s22");
                }
                _ => {
                    W::new(&ctx, 23, 2).await;
                    continue;
                }
            }
        }
        tokio::select! {
            _ = W::new(&ctx, 24, 0) => {
                let mut c25 = 0;
                'l25: while c25 < 2 {
                    c25 += 1;
                    ctx.log("s26");
                }
                if ctx.ch(27, 0b100, 4) {
                    W::new(&ctx, 28, 3).await;
                    return;
                } else {
                    ctx.log("s29");
                }
            }
            _ = W::new(&ctx, 30, 2) => {
                ctx.log("s31");
            }
        }
        return;
    };
    ctx.log(format!("L{v1}"));
}
