// finding: R3-cancel-in-select
// seed: 1000248
// expect `take 0 mid 1 cancel` => gaveup w11x w17x w27x t35 t35. cancel
// expect `take 0 mid 2 cancel` => gaveup w11x w17x w27x t35 t35. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t35");
        ctx.log("t35.");
    }
    if ctx.ch(1, 0b0, 1) {
        let mut c2 = 0;
        'l2: loop {
            c2 += 1;
            if c2 > 2 { break; }
            {
                teardown! {
                    ctx.log("t4");
                    ctx.log("t4.");
                }
                ctx.log("s5");
                continue;
            }
        }
        teardown! {
            ctx.log("t6");
            W::new(&ctx, 7, 0).await;
            ctx.log("t6.");
        }
        W::new(&ctx, 8, 0).await;
        teardown! {
            ctx.log("t9");
            ctx.log("t9.");
        }
        ctx.log("s10");
    } else {
        tokio::select! {
            biased;
            _ = W::new(&ctx, 11, 2), if ctx.ch(33, 0b1, 2) => {
                for _ in 0..1 {
                    W::new(&ctx, 13, 2).await;
                    W::new(&ctx, 14, 2).await;
                    W::new(&ctx, 15, 0).await;
                    W::new(&ctx, 16, 2).await;
                }
            }
            _ = W::new(&ctx, 17, 2) => {
                let mut c18 = 0;
                while c18 < 0 {
                    c18 += 1;
                    yield_!(19);
                }
                {
                    yield_!(21);
                    yield_!(22);
                    let _ = tokio::try_join!(W::new(&ctx, 23, 3).fail(23), async { W::new(&ctx, 24, 0).await; ctx.log("j24"); Ok::<(), u32>(()) }, W::new(&ctx, 25, 2).ok());
                }
                yield_!(26);
            }
            _ = W::new(&ctx, 27, 2), if ctx.ch(28, 0b0, 2) => {
                futures::select! {
                    _ = W::new(&ctx, 29, 0).fuse() => {
                        ctx.log("s30");
                    }
                    _ = W::new(&ctx, 31, 3).fuse() => {
                        ctx.log("s32");
                    }
                }
            }
            else => {
                ctx.log("s34");
            }
        }
        return;
    }
}
