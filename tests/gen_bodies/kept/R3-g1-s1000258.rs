// finding: R3-cancel-in-select
// seed: 1000258
// expect `take 1 mid 1 cancel` => item 1 gaveup w2x w35x t38 w39- t38. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t38");
        W::new(&ctx, 39, 2).await;
        ctx.log("t38.");
    }
    yield_!(1);
    tokio::select! {
        _ = W::new(&ctx, 2, 3), if ctx.ch(37, 0b100, 3) => {
            let b3: u32 = 'l3: {
                let b4: u32 = 'l4: {
                    yield_!(5);
                    yield_!(6);
                    tokio::join!(async { W::new(&ctx, 7, 0).await; ctx.log("j7"); }, async { W::new(&ctx, 8, 2).await; ctx.log("j8"); }, async { W::new(&ctx, 9, 3).await; ctx.log("j9"); });
                    ctx.log("s10");
                    24
                };
                ctx.log(format!("b4={b4}"));
                yield_!(11);
                yield_!(12);
                'l13: {
                    tokio::join!(async { W::new(&ctx, 14, 1).await; ctx.log("j14"); }, W::new(&ctx, 15, 3), W::new(&ctx, 16, 2));
                }
                9
            };
            ctx.log(format!("b3={b3}"));
            'l17: for _ in 0..2 {
                let Some(v18) = ctx.opt(18, 0b1111, 4) else {
                    ctx.log("s19");
                    yield_!(20);
                    continue 'l17;
                };
                ctx.log(format!("L{v18}"));
                let mut c21 = 0;
                let b21: u32 = 'l21: loop {
                    c21 += 1;
                    if c21 > 2 { break 4; }
                    tokio::join!(W::new(&ctx, 22, 1), W::new(&ctx, 23, 3), async { W::new(&ctx, 24, 0).await; ctx.log("j24"); });
                    yield_!(25);
                };
                ctx.log(format!("b21={b21}"));
                match ctx.pick(26, 0, 3) {
                    0 => {
                        ctx.log("s27");
                        W::new(&ctx, 28, 0).await;
                        yield_!(29);
                        yield_!(30);
                    }
                    1 => {
                        tokio::join!(async { W::new(&ctx, 31, 1).await; ctx.log("j31"); }, W::new(&ctx, 32, 3));
                        yield_!(33);
                    }
                    _ => {
                        ctx.log("s34");
                    }
                }
            }
        }
        _ = W::new(&ctx, 35, 1) => {
            ctx.log("s36");
        }
    }
}
