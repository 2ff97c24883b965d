// finding: R1-cancel-in-teardown-goes-on
// seed: 1000277
// expect `take 1 mid 2 cancel` => item 2 w4- w6- s11 t9 w10- t9. t7 gaveup w8- t7. t28 t28. cancel
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    teardown! {
        ctx.log("t28");
        ctx.log("t28.");
    }
    let b1: u32 = 'l1: {
        yield_!(2);
        match ctx.pick(3, 0, 3) {
            0 => {
                W::new(&ctx, 4, 0).await;
                {
                    W::new(&ctx, 6, 1).await;
                    teardown! {
                        ctx.log("t7");
                        W::new(&ctx, 8, 1).await;
                        ctx.log("t7.");
                    }
                    teardown! {
                        ctx.log("t9");
                        W::new(&ctx, 10, 0).await;
                        ctx.log("t9.");
                    }
                    ctx.log("s11");
                }
                let Some(v12) = ctx.opt(12, 0b11, 2) else {
                    W::new(&ctx, 13, 0).await;
                    W::new(&ctx, 14, 1).await;
                    return;
                };
                ctx.log(format!("L{v12}"));
                tokio::select! {
                    _ = W::new(&ctx, 15, 3) => {
                        yield_!(16);
                        W::new(&ctx, 17, 1).await;
                    }
                    _ = W::new(&ctx, 18, 2) => {
                        yield_!(19);
                        yield_!(20);
                        ctx.log("s21");
                        W::new(&ctx, 22, 1).await;
                    }
                }
            }
            1 => {
                tokio::join!(W::new(&ctx, 23, 0), W::new(&ctx, 24, 3));
            }
            _ => {
                ctx.log("s25");
            }
        }
        yield_!(26);
        yield_!(27);
        2
    };
    ctx.log(format!("b1={b1}"));
}
