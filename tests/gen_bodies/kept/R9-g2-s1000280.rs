// finding: R9-cancel-in-futures-select
// seed: 1000280
// expect `take 0 mid 2 cancel` => gaveup w2x w4x t21 w22- t21. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t21");
        W::new(&ctx, 22, 1).await;
        ctx.log("t21.");
    }
    let b1: u32 = 'l1: {
        futures::select! {
            _ = W::new(&ctx, 2, 2).fuse() => {
                yield_!(Ok(3));
            }
            _ = W::new(&ctx, 4, 3).fuse() => {
                W::new(&ctx, 5, 0).await;
                let m6: u32 = match ctx.pick(6, 0, 2) {
                    0 => {
                        W::new(&ctx, 7, 1).await;
                        yield_!(Err(8));
                        tokio::try_join!(W::new(&ctx, 9, 0).ok(), async { W::new(&ctx, 10, 3).await; ctx.log("j10"); Ok::<(), u32>(()) }, async { W::new(&ctx, 11, 1).await; ctx.log("j11"); Ok::<(), u32>(()) })?;
                        ctx.check(12, 0b0, 2)?;
                        return;
                    }
                    _ => {
                        W::new(&ctx, 13, 3).await;
                        yield_!(Err(14));
                        ctx.log("s15");
                        12
                    }
                };
                ctx.log(format!("m6={m6}"));
                yield_!(Ok(16));
                let Some(v17) = ctx.opt(17, 0b11, 2) else {
                    yield_!(Ok(18));
                    ctx.log("s19");
                    break 'l1 41;
                };
                ctx.log(format!("L{v17}"));
            }
        }
        yield_!(Ok(20));
        29
    };
    ctx.log(format!("b1={b1}"));
}
