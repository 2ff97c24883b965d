// finding: R3-cancel-in-select
// seed: 1000079
// expect `take 0 mid 1 cancel` => gaveup w1x w15x w17x t19 t19. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t19");
        ctx.log("t19.");
    }
    tokio::select! {
        _ = W::new(&ctx, 1, 3) => {
            yield_!(2);
            yield_!(3);
            if ctx.ch(4, 0b111, 3) {
                'l5: {
                    ctx.log("s6");
                    W::new(&ctx, 7, 0).await;
                    W::new(&ctx, 8, 0).await;
                }
                yield_!(9);
                {
                    yield_!(11);
                    yield_!(12);
                    yield_!(13);
                    return;
                }
            } else {
                ctx.log("s14");
            }
        }
        _ = W::new(&ctx, 15, 1) => {
            ctx.log("s16");
        }
        _ = W::new(&ctx, 17, 2) => {
            ctx.log("s18");
        }
    }
}
