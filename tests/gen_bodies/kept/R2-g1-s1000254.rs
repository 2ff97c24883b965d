// finding: R2-cancel-in-join
// seed: 1000254
// expect `take 1 mid 1 cancel` => w1- w3- w26x w32x w5- w6- w5- w6- w5- w6- b4=22 item 7 gaveup w9x w10x w11x t34 w35- t34. cancel
// expect `take 1 mid 2 cancel` => w1- w3- w26x w32x w5- w6- w5- w6- w5- w6- b4=22 item 7 w10- gaveup w9x w11x t34 w35- t34. cancel
// expect `take 1 mid 3 cancel` => w1- w3- w26x w32x w5- w6- w5- w6- w5- w6- b4=22 item 7 w10- w9- gaveup w11x t34 w35- t34. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t34");
        W::new(&ctx, 35, 1).await;
        ctx.log("t34.");
    }
    W::new(&ctx, 1, 3).await;
    let Some(v2) = ctx.opt(2, 0b10, 3) else {
        tokio::select! {
            biased;
            _ = W::new(&ctx, 3, 0) => {
                let mut c4 = 0;
                let b4: u32 = 'l4: loop {
                    c4 += 1;
                    if c4 > 3 { break 22; }
                    W::new(&ctx, 5, 1).await;
                    W::new(&ctx, 6, 3).await;
                };
                ctx.log(format!("b4={b4}"));
                yield_!(7);
                let mut c8 = 0;
                loop {
                    c8 += 1;
                    if c8 > 1 { break; }
                    tokio::join!(W::new(&ctx, 9, 2), W::new(&ctx, 10, 1), async { W::new(&ctx, 11, 3).await; ctx.log("j11"); });
                    ctx.log("s12");
                    W::new(&ctx, 13, 1).await;
                    W::new(&ctx, 14, 0).await;
                }
                tokio::select! {
                    _ = W::new(&ctx, 15, 3) => {
                        yield_!(16);
                        tokio::join!(W::new(&ctx, 17, 0), W::new(&ctx, 18, 3));
                        W::new(&ctx, 19, 2).await;
                        ctx.log("s20");
                    }
                    _ = W::new(&ctx, 21, 1) => {
                        yield_!(22);
                        W::new(&ctx, 23, 3).await;
                        yield_!(24);
                    }
                    else => {
                        yield_!(25);
                    }
                }
            }
            _ = W::new(&ctx, 26, 0), if ctx.ch(27, 0b0, 1) => {
                W::new(&ctx, 28, 3).await;
                let mut c29 = 0;
                'l29: loop {
                    c29 += 1;
                    if c29 > 3 { break; }
                    yield_!(30);
                    yield_!(31);
                }
            }
            _ = W::new(&ctx, 32, 0) => {
                ctx.log("s33");
            }
        }
        return;
    };
    ctx.log(format!("L{v2}"));
}
