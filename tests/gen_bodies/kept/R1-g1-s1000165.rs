// finding: R1-cancel-in-teardown-goes-on
// seed: 1000165
// expect `take 1 mid 1 cancel` => L16 item 19 s22 t20 gaveup w21- t20. t14 w15- t14. cancel
// expect `take 1 mid 2 cancel` => L16 item 19 s22 t20 w21- t20. t14 gaveup w15- t14. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    if ctx.ch(1, 0b1, 1) {
        let mut c2 = 0;
        'l2: loop {
            c2 += 1;
            if c2 > 0 { break; }
            teardown! {
                ctx.log("t3");
                W::new(&ctx, 4, 2).await;
                ctx.log("t3.");
            }
            tokio::join!(W::new(&ctx, 5, 3), W::new(&ctx, 6, 2), W::new(&ctx, 7, 1));
            let b8: u32 = 'l8: {
                tokio::join!(async { W::new(&ctx, 9, 0).await; ctx.log("j9"); }, W::new(&ctx, 10, 1));
                teardown! {
                    ctx.log("t11");
                    ctx.log("t11.");
                }
                ctx.log("s12");
                break 'l2;
                45
            };
            ctx.log(format!("b8={b8}"));
        }
        let b13: u32 = 'l13: {
            teardown! {
                ctx.log("t14");
                W::new(&ctx, 15, 1).await;
                ctx.log("t14.");
            }
            let Some(v16) = ctx.opt(16, 0b11, 2) else {
                W::new(&ctx, 17, 1).await;
                yield_!(18);
                break 'l13 10;
            };
            ctx.log(format!("L{v16}"));
            yield_!(19);
            teardown! {
                ctx.log("t20");
                W::new(&ctx, 21, 1).await;
                ctx.log("t20.");
            }
            ctx.log("s22");
            33
        };
        ctx.log(format!("b13={b13}"));
        yield_!(23);
    } else {
        match ctx.pick(24, 0, 3) {
            0 => {
                tokio::select! {
                    _ = W::new(&ctx, 25, 1) => {
                        tokio::join!(async { W::new(&ctx, 26, 3).await; ctx.log("j26"); }, W::new(&ctx, 27, 1));
                    }
                    _ = W::new(&ctx, 28, 3) => {
                        yield_!(29);
                    }
                }
                tokio::select! {
                    _ = W::new(&ctx, 30, 0) => {
                        W::new(&ctx, 31, 2).await;
                        tokio::join!(W::new(&ctx, 32, 1), async { W::new(&ctx, 33, 2).await; ctx.log("j33"); }, async { W::new(&ctx, 34, 3).await; ctx.log("j34"); });
                    }
                    _ = W::new(&ctx, 35, 2), if ctx.ch(36, 0b100, 4) => {
                        ctx.log("s37");
                        tokio::join!(async { W::new(&ctx, 38, 2).await; ctx.log("j38"); }, W::new(&ctx, 39, 1), async { W::new(&ctx, 40, 0).await; ctx.log("j40"); });
                    }
                    else => {
                        ctx.log("s41");
                    }
                }
            }
            1 => {
                ctx.log("s42");
            }
            _ => {
                ctx.log("s43");
            }
        }
    }
}
