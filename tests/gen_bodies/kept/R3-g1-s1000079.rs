// finding: R3-cancel-in-select
// seed: 1000079
// expect `take 0 mid 1 cancel` => gaveup w1x w17x t19 w20- t19. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t19");
        W::new(&ctx, 20, 1).await;
        ctx.log("t19.");
    }
    tokio::select! {
        _ = W::new(&ctx, 1, 1) => {
            if ctx.ch(2, 0b1, 1) {
                yield_!(3);
            } else {
                tokio::select! {
                    _ = W::new(&ctx, 4, 2) => {
                        W::new(&ctx, 5, 0).await;
                        W::new(&ctx, 6, 0).await;
                        W::new(&ctx, 7, 0).await;
                    }
                    _ = W::new(&ctx, 8, 1), if ctx.ch(9, 0b10, 2) => {
                        yield_!(10);
                        yield_!(11);
                        yield_!(12);
                        return;
                    }
                    _ = W::new(&ctx, 13, 0) => {
                        W::new(&ctx, 14, 3).await;
                        yield_!(15);
                        yield_!(16);
                    }
                }
            }
        }
        _ = W::new(&ctx, 17, 3) => {
            ctx.log("s18");
        }
    }
}
