// finding: R3-cancel-in-select
// seed: 1000044
// expect `take 0 mid 1 cancel` => gaveup w1x w3x t37 t37. cancel
// expect `take 0 mid 2 cancel` => gaveup w1x w3x t37 t37. cancel
// expect `take 0 mid 3 cancel` => w3- w1x gaveup w4x w19x w34x t37 t37. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t37");
        ctx.log("t37.");
    }
    tokio::select! {
        _ = W::new(&ctx, 1, 3) => {
            yield_!(2);
        }
        _ = W::new(&ctx, 3, 2) => {
            tokio::select! {
                _ = W::new(&ctx, 4, 2) => {
                    for _ in 0..2 {
                        W::new(&ctx, 6, 0).await;
                        yield_!(7);
                        yield_!(8);
                    }
                    let m9: u32 = match ctx.pick(9, 0, 2) {
                        0 => {
                            W::new(&ctx, 10, 1).await;
                            yield_!(11);
                            30
                        }
                        _ => {
                            yield_!(12);
                            return;
                        }
                    };
                    ctx.log(format!("m9={m9}"));
                    let mut c13 = 0;
                    'l13: loop {
                        c13 += 1;
                        if c13 > 0 { break; }
                        W::new(&ctx, 14, 1).await;
                    }
                    match ctx.pick(15, 1, 2) {
                        0 => {
                            yield_!(16);
                            ctx.log("s17");
                            return;
                        }
                        _ => {
                            yield_!(18);
                            return;
                        }
                    }
                    return;
                }
                _ = W::new(&ctx, 19, 1) => {
                    tokio::select! {
                        biased;
                        _ = W::new(&ctx, 20, 0) => {
                            yield_!(21);
                            W::new(&ctx, 22, 3).await;
                            W::new(&ctx, 23, 1).await;
                            yield_!(24);
                        }
                        _ = W::new(&ctx, 25, 0) => {
                            yield_!(26);
                            ctx.log("s27");
                            ctx.log("s28");
                            tokio::join!(async { W::new(&ctx, 29, 2).await; ctx.log("j29"); }, W::new(&ctx, 30, 0));
                        }
                        _ = W::new(&ctx, 31, 2) => {
                            ctx.log("s32");
                        }
                        else => {
                            ctx.log("s33");
                            return;
                        }
                    }
                }
                _ = W::new(&ctx, 34, 3) => {
                    ctx.log("s35");
                }
            }
        }
        else => {
            ctx.log("s36");
            return;
        }
    }
}
