// finding: R7-cancel-in-try-join
// seed: 1000147
// expect `take 0 mid 1 cancel` => w4- gaveup w5x t2 w3- t2. cancel=Ok
// expect `take 0 mid 2 cancel` => w4- gaveup w5x t2 w3- t2. cancel=Ok
// expect `take 0 mid 3 cancel` => w4- gaveup w5x t2 w3- t2. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    let mut c1 = 0;
    'l1: while c1 < 3 {
        c1 += 1;
        teardown! {
            ctx.log("t2");
            W::new(&ctx, 3, 2).await;
            ctx.log("t2.");
        }
        tokio::try_join!(W::new(&ctx, 4, 0).ok(), W::new(&ctx, 5, 3).ok())?;
        ctx.check(6, 0b11, 3)?;
    }
    futures::select! {
        _ = W::new(&ctx, 7, 3).fuse() => {
            tokio::join!(async { W::new(&ctx, 8, 0).await; ctx.log("j8"); }, W::new(&ctx, 9, 2));
            yield_!(Ok(10));
        }
        _ = W::new(&ctx, 11, 1).fuse() => {
            'l12: {
                futures::select! {
                    _ = W::new(&ctx, 13, 2).fuse() => {
                        yield_!(Ok(14));
                        ctx.log("s15");
                        yield_!(Err(16));
                        yield_!(Ok(17));
                    }
                    _ = W::new(&ctx, 18, 0).fuse() => {
                        futures::join!(W::new(&ctx, 19, 3), W::new(&ctx, 20, 1), W::new(&ctx, 21, 0));
                        W::new(&ctx, 22, 0).await;
                    }
                    _ = W::new(&ctx, 23, 1).fuse() => {
                        yield_!(Ok(24));
                        yield_!(Ok(25));
                    }
                }
                tokio::select! {
                    _ = W::new(&ctx, 26, 3) => {
                        ctx.check(27, 0b1, 3)?;
                        yield_!(Ok(28));
                        yield_!(Ok(29));
                        yield_!(Ok(30));
                    }
                    _ = W::new(&ctx, 31, 0) => {
                        ctx.log("s32");
                    }
                    _ = W::new(&ctx, 33, 1) => {
                        ctx.log("s34");
                    }
                }
            }
        }
        _ = W::new(&ctx, 35, 0).fuse() => {
            ctx.log("s36");
        }
    }
}
