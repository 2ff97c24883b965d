// finding: R9-cancel-in-futures-select
// seed: 1000104
// expect `take 1 mid 2 cancel` => w1- w33x w35x item Ok(19) w21- gaveup w22x w23x t37 t37. cancel=Ok
// expect `take 1 mid 3 cancel` => w1- w33x w35x item Ok(19) w21- w23- gaveup w22x t37 t37. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t37");
        ctx.log("t37.");
    }
    futures::select! {
        _ = W::new(&ctx, 1, 0).fuse() => {
            let m2: u32 = match ctx.pick(2, 1, 2) {
                0 => {
                    yield_!(Ok(3));
                    tokio::select! {
                        biased;
                        _ = W::new(&ctx, 4, 1), if ctx.ch(18, 0b0, 1) => {
                            ctx.check(5, 0b11, 3)?;
                            ctx.log("s6");
                            W::new(&ctx, 7, 3).await;
                            W::new(&ctx, 8, 3).await;
                        }
                        _ = W::new(&ctx, 9, 2) => {
                            W::new(&ctx, 10, 1).await;
                        }
                        _ = W::new(&ctx, 11, 1) => {
                            ctx.check(12, 0b110, 3)?;
                            yield_!(Ok(13));
                            yield_!(Ok(14));
                            futures::join!(W::new(&ctx, 15, 1), async { W::new(&ctx, 16, 2).await; ctx.log("j16"); }, W::new(&ctx, 17, 3));
                        }
                    }
                    27
                }
                _ => {
                    yield_!(Ok(19));
                    match ctx.pick(20, 0, 3) {
                        0 => {
                            W::new(&ctx, 21, 1).await;
                            futures::join!(W::new(&ctx, 22, 3), W::new(&ctx, 23, 1));
                            W::new(&ctx, 24, 1).await;
                        }
                        1 => {
                            ctx.log("s25");
                            yield_!(Ok(26));
                            tokio::try_join!(async { W::new(&ctx, 27, 1).await; ctx.log("j27"); Ok::<(), u32>(()) }, W::new(&ctx, 28, 0).ok())?;
                        }
                        _ => {
                            ctx.log("s29");
                        }
                    }
                    yield_!(Ok(30));
                    return;
                    ctx.log("s31");
                    14
                }
            };
            ctx.log(format!("m2={m2}"));
            yield_!(Ok(32));
            return;
        }
        _ = W::new(&ctx, 33, 3).fuse() => {
            ctx.log("s34");
        }
        _ = W::new(&ctx, 35, 2).fuse() => {
            ctx.log("s36");
        }
    }
}
