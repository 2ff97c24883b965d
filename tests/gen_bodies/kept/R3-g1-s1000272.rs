// finding: R3-cancel-in-select
// seed: 1000272
// expect `take 0 mid 1 cancel` => gaveup w2x w20x w22x t25 w26- t25. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t25");
        W::new(&ctx, 26, 2).await;
        ctx.log("t25.");
    }
    let Some(v1) = ctx.opt(1, 0b10, 2) else {
        tokio::select! {
            biased;
            _ = W::new(&ctx, 2, 1), if ctx.ch(24, 0b1, 1) => {
                yield_!(Ok(3));
                match ctx.pick(4, 1, 2) {
                    0 => {
                        yield_!(Ok(5));
                        ctx.check(6, 0b1010, 4)?;
                    }
                    _ => {
                        yield_!(Err(7));
                        yield_!(Ok(8));
                        tokio::join!(async { W::new(&ctx, 9, 2).await; ctx.log("j9"); }, async { W::new(&ctx, 10, 3).await; ctx.log("j10"); }, W::new(&ctx, 11, 1));
                        yield_!(Err(12));
                    }
                }
                tokio::select! {
                    _ = W::new(&ctx, 13, 0), if ctx.ch(19, 0b10, 2) => {
                        yield_!(Ok(14));
                    }
                    _ = W::new(&ctx, 15, 1) => {
                        yield_!(Ok(16));
                        W::new(&ctx, 17, 1).await;
                        yield_!(Ok(18));
                    }
                }
            }
            _ = W::new(&ctx, 20, 2) => {
                ctx.log("s21");
            }
            _ = W::new(&ctx, 22, 2) => {
                ctx.log("s23");
            }
        }
        return;
    };
    ctx.log(format!("L{v1}"));
}
