// finding: R3-cancel-in-select+R7-cancel-in-try-join
// seed: 1000218
// expect `take 0 mid 1 cancel` => gaveup w1x w17x t28 t28. cancel=Ok
// expect `take 0 mid 2 cancel` => w1- w17x L2 L4 gaveup w15x w16x t28 t28. cancel=Ok
// expect `take 0 mid 3 cancel` => w1- w17x L2 L4 w16- gaveup w15x t28 t28. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t28");
        ctx.log("t28.");
    }
    tokio::select! {
        biased;
        _ = W::new(&ctx, 1, 1) => {
            let Some(v2) = ctx.opt(2, 0b1, 2) else {
                ctx.check(3, 0b1, 1)?;
                return;
            };
            ctx.log(format!("L{v2}"));
            let Some(v4) = ctx.opt(4, 0b11, 3) else {
                tokio::select! {
                    _ = W::new(&ctx, 5, 1) => {
                        W::new(&ctx, 6, 1).await;
                        ctx.check(7, 0b1, 1)?;
                    }
                    _ = W::new(&ctx, 8, 2) => {
                        ctx.check(9, 0b1100, 4)?;
                        W::new(&ctx, 10, 1).await;
                    }
                    _ = W::new(&ctx, 11, 0), if ctx.ch(12, 0b0, 1) => {
                        ctx.log("s13");
                    }
                }
                W::new(&ctx, 14, 1).await;
                return;
            };
            ctx.log(format!("L{v4}"));
            tokio::try_join!(W::new(&ctx, 15, 3).ok(), W::new(&ctx, 16, 1).ok())?;
            return;
        }
        _ = W::new(&ctx, 17, 0), if ctx.ch(18, 0b0, 1) => {
            ctx.check(19, 0b1, 1)?;
            futures::join!(async { W::new(&ctx, 20, 3).await; ctx.log("j20"); }, W::new(&ctx, 21, 2));
            yield_!(Ok(22));
            let m23: u32 = match ctx.pick(23, 1, 3) {
                0 => {
                    let Some(v24) = ctx.opt(24, 0b101, 3) else {
                        ctx.log("s25");
                        return;
                    };
                    ctx.log(format!("L{v24}"));
                    45
                }
                1 => {
                    ctx.log("s26");
                    34
                }
                _ => {
                    ctx.log("s27");
                    return;
                }
            };
            ctx.log(format!("m23={m23}"));
        }
    }
}
