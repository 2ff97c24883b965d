// finding: R2-cancel-in-join
// seed: 1000258
// expect `take 1 mid 3 cancel` => item 1 w2- w39x w41x w22- gaveup w20x w21x t45 w46- t45. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t45");
        W::new(&ctx, 46, 2).await;
        ctx.log("t45.");
    }
    yield_!(1);
    tokio::select! {
        _ = W::new(&ctx, 2, 2), if ctx.ch(44, 0b1011, 4) => {
            match ctx.pick(3, 2, 3) {
                0 => {
                    yield_!(4);
                    tokio::join!(W::new(&ctx, 5, 3), W::new(&ctx, 6, 2));
                    W::new(&ctx, 7, 1).await;
                    let b8: u32 = 'l8: {
                        ctx.log("s9");
                        yield_!(10);
                        yield_!(11);
                        20
                    };
                    ctx.log(format!("b8={b8}"));
                }
                1 => {
                    let _ = tokio::try_join!(async { W::new(&ctx, 12, 3).await; ctx.log("j12"); Ok::<(), u32>(()) }, W::new(&ctx, 13, 1).ok(), async { W::new(&ctx, 14, 0).await; ctx.log("j14"); Ok::<(), u32>(()) });
                }
                _ => {
                    let mut c15 = 0;
                    'l15: loop {
                        c15 += 1;
                        if c15 > 0 { break; }
                        tokio::join!(W::new(&ctx, 16, 0), async { W::new(&ctx, 17, 1).await; ctx.log("j17"); }, W::new(&ctx, 18, 2));
                    }
                    {
                        tokio::join!(async { W::new(&ctx, 20, 1).await; ctx.log("j20"); }, W::new(&ctx, 21, 3), W::new(&ctx, 22, 0));
                        yield_!(23);
                    }
                }
            }
            match ctx.pick(24, 0, 3) {
                0 => {
                    let Some(v25) = ctx.opt(25, 0b0, 1) else {
                        yield_!(26);
                        yield_!(27);
                        futures::join!(async { W::new(&ctx, 28, 1).await; ctx.log("j28"); }, W::new(&ctx, 29, 3));
                        return;
                    };
                    ctx.log(format!("L{v25}"));
                    let b30: u32 = 'l30: {
                        W::new(&ctx, 31, 2).await;
                        ctx.log("s32");
                        24
                    };
                    ctx.log(format!("b30={b30}"));
                    futures::select! {
                        _ = W::new(&ctx, 33, 1).fuse() => {
                            yield_!(34);
                        }
                        _ = W::new(&ctx, 35, 3).fuse() => {
                            ctx.log("s36");
                        }
                    }
                }
                1 => {
                    ctx.log("s37");
                }
                _ => {
                    ctx.log("s38");
                }
            }
        }
        _ = W::new(&ctx, 39, 3) => {
            ctx.log("s40");
        }
        _ = W::new(&ctx, 41, 0), if ctx.ch(42, 0b10, 3) => {
            ctx.log("s43");
            return;
        }
    }
}
